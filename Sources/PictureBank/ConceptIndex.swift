import Foundation

/// Words and phrases of UK social care and everyday life, each with the symbols that show it,
/// best first: `Resources/concepts.tsv`, written by us (appointment → calendar, GP → doctor).
public struct ConceptIndex: Sendable {
    public struct Entry: Hashable, Sendable {
        /// The phrase as written in the file ("care worker").
        public var phrase: String
        /// Its words, lowercased.
        public var words: [String]
        public var symbols: [String]
        /// The line in `concepts.tsv`, for messages about the file itself.
        public var line: Int
    }

    public let entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }

    public static let shipped: ConceptIndex = {
        guard let url = Bundle.module.url(forResource: "concepts", withExtension: "tsv", subdirectory: "Resources"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else {
            fatalError("PictureBank: concepts.tsv is missing from the resource bundle")
        }
        return ConceptIndex(entries: parse(text))
    }()

    /// `phrase<TAB>symbol symbol …` lines; `#` starts a comment line.
    public static func parse(_ text: String) -> [Entry] {
        var entries: [Entry] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.hasPrefix("#"), let tab = line.firstIndex(of: "\t") else { continue }
            let phrase = String(line[..<tab])
            let words = WordForms.words(in: phrase)
            let symbols = line[line.index(after: tab)...].split(separator: " ").map(String.init)
            guard !words.isEmpty, !symbols.isEmpty else { continue }
            entries.append(Entry(phrase: phrase, words: words, symbols: symbols, line: offset + 1))
        }
        return entries
    }
}
