import Foundation
import PlainlyCheckCLI

// `check` runs here, in a binary that links only the checker, so it starts quickly; every other
// command is handed to `plainly-full` (see FullCommandLauncher).
let arguments = CommandLine.arguments
if arguments.count > 1 && arguments[1] == "check" {
    CheckOnlyCommand.warmUp()
    exit(CommandRunner.run(CheckOnlyCommand.self, Array(arguments.dropFirst())))
}
exit(FullCommandLauncher.exec(arguments))
