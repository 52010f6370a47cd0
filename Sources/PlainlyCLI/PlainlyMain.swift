import PlainlyKit
import ArgumentParser
import Foundation

/// Runs `plainly` with arguments and returns its exit code, so that `main.swift` and the tests go
/// through exactly the same path.
///
/// Exit codes: 0 clean, 1 the document has errors (or findings past `--fail-on`), 2 usage or
/// file-system failures. ArgumentParser's own usage code (64) is mapped to 2.
public enum PlainlyMain {
    public static func run(_ arguments: [String]) -> Int32 {
        let console = Console.current
        do {
            var command = try PlainlyCommand.parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let error as PlainlyError {
            console.err(error.description)
            return 2
        } catch {
            let code = PlainlyCommand.exitCode(for: error)
            let message = PlainlyCommand.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { console.out(message) }
                return 0
            }
            if !message.isEmpty { console.err(message) }
            if code == .validationFailure { return 2 }
            return code.rawValue
        }
    }

    /// Runs with a recording console, for tests: the exit code and what was printed.
    public static func runCapturing(
        _ arguments: [String], workingDirectory: URL? = nil
    ) -> (code: Int32, out: String, err: String) {
        let console = Console.recording(workingDirectory: workingDirectory)
        let code = Console.$current.withValue(console) { run(arguments) }
        return (code, console.standardOutput, console.standardError)
    }
}


