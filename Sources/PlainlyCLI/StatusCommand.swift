import ArgumentParser
import Foundation
import PlainlyCheckCLI
import PlainlyKit
import PlainlySource

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show where a co-production group has got to, part by part.",
        discussion: """
            For each part: who wrote it, whether the group has agreed it, how many words it has, its \
            reading age, what the checker found and how many pictures are still to be chosen. Then what \
            stops the document being final. Exit 0 when it is ready to be final, 1 when it is not.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "A .md file or a guide folder.")
    var source: String

    @Option(name: .long, help: "How to show it: text or json.")
    var format: Format = .text

    func run() throws {
        let console = Console.current
        let loaded = try SourceLoader().load(path: source, relativeTo: console.workingDirectory)
        DiagnosticPrinter(console: console).print(loaded.diagnostics, for: loaded)
        let status = StatusMaker(workingDirectory: console.workingDirectory).status(of: loaded)
        let text = format == .json ? status.json() : StatusTable.render(status)
        console.out(String(text.dropLast()))
        if !status.isFinal || loaded.diagnostics.hasErrors { throw ExitCode(1) }
    }
}
