import Foundation
import PlainlyCLI

exit(PlainlyMain.run(Array(CommandLine.arguments.dropFirst())))
