import Foundation
import PlainlyCheckCLI
import PlainlyKit
import PlainlyPreview

/// The pipeline's failures name the file and the step, so they are printed as they are, exit 2.
extension PlainlyError: CommandFailure {}
extension PreviewError: CommandFailure {}

/// Runs the full `plainly` command tree (what `plainly-full` runs) and returns its exit code; the
/// tests call it in-process. The exit codes are `CommandRunner`'s.
public enum PlainlyMain {
    public static func run(_ arguments: [String]) -> Int32 {
        CommandRunner.run(PlainlyCommand.self, arguments)
    }

    /// Runs with a recording console, for tests: the exit code and what was printed.
    public static func runCapturing(
        _ arguments: [String], workingDirectory: URL? = nil
    ) -> (code: Int32, out: String, err: String) {
        CommandRunner.runCapturing(PlainlyCommand.self, arguments, workingDirectory: workingDirectory)
    }
}
