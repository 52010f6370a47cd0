import ArgumentParser
import Foundation
import PlainlyCheckCLI
import PlainlySource
import Testing

/// A root that fails in whichever way it is told to, to see how each failure is reported.
private struct Failing: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "failing", version: "9.9")

    enum Way: String, ExpressibleByArgument {
        case nothing, exitOne, commandFailure, validation, other
    }

    struct SomethingElse: Error {}

    @Argument var way: Way

    func run() throws {
        switch way {
        case .nothing: Console.current.out("ran")
        case .exitOne: throw ExitCode(1)
        case .commandFailure: throw SourceReadError.notFound(path: "gone.md")
        case .validation: throw ValidationError("Not like that.")
        case .other: throw SomethingElse()
        }
    }
}

@Suite struct CommandRunnerTests {
    func run(_ arguments: String...) -> (code: Int32, out: String, err: String) {
        CommandRunner.runCapturing(Failing.self, arguments)
    }

    @Test func successIsZero() {
        #expect(run("nothing") == (0, "ran\n", ""))
    }

    @Test func anExitCodeIsKept() {
        #expect(run("exitOne") == (1, "", ""))
    }

    @Test func aCommandFailureIsPrintedAsItIsWithTwo() {
        #expect(run("commandFailure") == (2, "", "gone.md: error: no such file or folder\n"))
    }

    @Test func usageErrorsAreTwoNotSixtyFour() {
        let validation = run("validation")
        #expect(validation.code == 2)
        #expect(validation.err.hasPrefix("Error: Not like that."))
        let unknown = run("nothing", "--no-such-option")
        #expect(unknown.code == 2)
        #expect(unknown.err.contains("Unknown option '--no-such-option'"))
        #expect(unknown.out.isEmpty)
    }

    @Test func otherErrorsAreOne() {
        let other = run("other")
        #expect(other.code == 1)
        #expect(other.err.hasPrefix("Error: "))
    }

    @Test func helpAndVersionGoToStandardOutput() {
        let help = run("--help")
        #expect(help.code == 0)
        #expect(help.out.contains("USAGE: failing <way>"))
        #expect(help.err.isEmpty)
        #expect(run("--version") == (0, "9.9\n", ""))
    }
}
