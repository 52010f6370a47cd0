import ArgumentParser
import Foundation
import PlainlyModel
import PlainlySource

/// An error whose description is already the whole message for the user, such as
/// `Content/x.md: error: no such file or folder`. The runner prints it as it is and exits with 2,
/// rather than letting ArgumentParser wrap it in "Error: …" and exit with 1.
public protocol CommandFailure: Error, CustomStringConvertible {}

extension SourceReadError: CommandFailure {}

/// Runs a root command with arguments and returns its exit code, so that every `main.swift` and
/// the tests go through exactly the same path, whichever command tree they run.
///
/// Exit codes: 0 clean, 1 the document has errors (or findings past `--fail-on`), 2 usage or
/// file-system failures. ArgumentParser's own usage code (64) is mapped to 2.
public enum CommandRunner {
    public static func run<Root: ParsableCommand>(_ root: Root.Type, _ arguments: [String]) -> Int32 {
        let console = Console.current
        if let unknown = unknownCommand(arguments, of: Root.self) {
            console.err(unknown)
            return 2
        }
        do {
            var command = try Root.parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let error as CommandFailure {
            console.err(error.description)
            return 2
        } catch let exit as ExitCode {
            // A command's own exit code, with nothing to print. Asking ArgumentParser for its message
            // would build the command's help first, only to find there is none.
            return processCode(exit)
        } catch {
            let code = Root.exitCode(for: error)
            let message = Root.fullMessage(for: error)
            if code == .success {
                // --help and --version: asked for, so on standard output.
                if !message.isEmpty { console.out(message) }
                return 0
            }
            if !message.isEmpty { console.err(message) }
            return processCode(code)
        }
    }

    /// ArgumentParser's usage code (64) is a usage failure, 2, like every other.
    static func processCode(_ code: ExitCode) -> Int32 {
        code == .validationFailure ? 2 : code.rawValue
    }

    /// A first word that is not one of the commands gets "Did you mean …?" instead of ArgumentParser's
    /// "Unexpected argument".
    static func unknownCommand<Root: ParsableCommand>(_ arguments: [String], of root: Root.Type) -> String? {
        let names = Root.configuration.subcommands.compactMap { $0.configuration.commandName }
        guard !names.isEmpty, let first = arguments.first, !first.hasPrefix("-"), !names.contains(first),
            first != "help"
        else { return nil }
        let program = Root.configuration.commandName ?? "plainly"
        if let meant = Suggestion.closest(to: first, among: names) {
            return "\(program): error: '\(first)' is not a command. Did you mean '\(meant)'?"
        }
        return "\(program): error: '\(first)' is not a command. The commands are: \(names.joined(separator: ", "))."
    }

    /// Runs with a recording console, for tests: the exit code and what was printed.
    public static func runCapturing<Root: ParsableCommand>(
        _ root: Root.Type, _ arguments: [String], workingDirectory: URL? = nil
    ) -> (code: Int32, out: String, err: String) {
        let console = Console.recording(workingDirectory: workingDirectory)
        let code = Console.$current.withValue(console) { run(root, arguments) }
        return (code, console.standardOutput, console.standardError)
    }
}
