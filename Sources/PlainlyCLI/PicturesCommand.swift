import ArgumentParser
import Foundation
import PictureBank
import PlainlyCheckCLI
import PlainlyKit
import PlainlySource

struct PicturesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pictures",
        abstract: "Suggest pictures from Plainly's picture bank for every picture still to be chosen.",
        discussion: """
            For every empty picture slot, on its own or in an easy-read row, the best few symbols \
            from the picture bank (the Mulberry Symbols), best first, each with why it was chosen: \
            from the slot's description first, then the row's text. To use one, write it into the \
            slot: ![A doctor](bank:doctor_1a). Exit 0; nothing is changed.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "A .md file or a guide folder.")
    var source: String

    @Option(name: .long, help: "How to show it: text or json (schema plainly-pictures/1).")
    var format: Format = .text

    @Option(name: .long, help: "How many symbols to suggest for each slot (1 to \(Self.mostSuggestions)).")
    var count: Int = SymbolSuggester.defaultCount

    /// More than a screenful of ideas for one picture is no help in choosing it.
    static let mostSuggestions = 20

    func validate() throws {
        guard (1...Self.mostSuggestions).contains(count) else {
            throw ValidationError("--count must be between 1 and \(Self.mostSuggestions).")
        }
    }

    func run() throws {
        let console = Console.current
        let loaded = try SourceLoader(readsPictures: false).load(path: source, relativeTo: console.workingDirectory)
        DiagnosticPrinter(console: console).print(loaded.diagnostics, for: loaded)
        let suggestions = SlotSuggestions(for: loaded.document, displayPrefix: loaded.displayPrefix, count: count)
        let text = format == .json ? suggestions.json() : suggestions.text()
        console.out(String(text.dropLast()))
    }
}
