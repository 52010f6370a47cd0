import Foundation
import PlainlyCLI

// Every command. `plainly` runs `check` itself and hands everything else to this binary.
exit(PlainlyMain.run(Array(CommandLine.arguments.dropFirst())))
