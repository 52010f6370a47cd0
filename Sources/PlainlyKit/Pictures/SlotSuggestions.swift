import Foundation
import PictureBank
import PlainlyModel

/// `plainly pictures`: for every picture slot still to be chosen (on its own or in an easy-read
/// row), the bank's best few symbols, best first, each with why. The slot's description is read
/// first, the row's text second (`SymbolSuggester`).
public struct SlotSuggestions: Sendable, Codable, Equatable {
    public struct Slot: Sendable, Codable, Equatable {
        /// As the user can open it: the folder they named joined to the file.
        public var file: String
        public var line: Int
        public var description: String
        /// The text of the easy-read row the slot is in, if it is in one.
        public var rowText: String?
        public var suggestions: [SymbolSuggestion]
    }

    public var schema = "plainly-pictures/1"
    public var slots: [Slot]

    /// How many slots have at least one suggestion.
    public var slotsWithSuggestions: Int { slots.filter { !$0.suggestions.isEmpty }.count }

    public init(slots: [Slot]) {
        self.slots = slots
    }

    /// Every slot of `document`, in reading order, with up to `count` suggestions each.
    public init(
        for document: Document, displayPrefix: String = "", suggester: SymbolSuggester = .shipped,
        count: Int = SymbolSuggester.defaultCount
    ) {
        var finder = SlotFinder()
        finder.visitDocument(document)
        slots = finder.found.map { picture, rowText in
            Slot(
                file: picture.location.path(pathPrefix: displayPrefix), line: picture.location.line,
                description: picture.description, rowText: rowText,
                suggestions: suggester.suggest(description: picture.description, rowText: rowText ?? "", count: count))
        }
    }

    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// For the terminal: each slot with its place, then its suggestions as a writer would type them.
    public func text() -> String {
        guard !slots.isEmpty else { return "No picture slots are waiting for a picture.\n" }
        var lines: [String] = []
        for slot in slots {
            let what = slot.description.isEmpty ? (slot.rowText ?? "") : slot.description
            lines.append("\(slot.file):\(slot.line): \(what)")
            if slot.suggestions.isEmpty {
                lines.append("  no symbol found: describe the picture in other words, or choose one yourself")
            }
            for (index, suggestion) in slot.suggestions.enumerated() {
                lines.append("  \(index + 1). \(Picture.bankPrefix)\(suggestion.symbol) – \(suggestion.reason)")
            }
        }
        lines.append("")
        var summary = "\(slotsWithSuggestions) of \(slots.count) slot\(slots.count == 1 ? " has" : "s have") suggestions."
        if let example = slots.first(where: { !$0.suggestions.isEmpty }) {
            let words = example.description.isEmpty ? "what it shows" : example.description
            summary += " Write one into the slot to use it: ![\(words)](\(Picture.bankPrefix)\(example.suggestions[0].symbol))."
        }
        lines.append(summary)
        return lines.joined(separator: "\n") + "\n"
    }
}

extension SymbolSuggester {
    /// Made once from the shipped bank and concept index, shared by status, builds and `plainly pictures`.
    public static let shipped = SymbolSuggester()
}

/// Every slot, with the text of the easy-read row it is in.
private struct SlotFinder: ContentWalker {
    var found: [(Picture, String?)] = []

    mutating func visitEasyReadRow(_ row: EasyReadRow) {
        guard row.picture.isSlot else { return }
        found.append((row.picture, row.lines.map { $0.inlines.plainText }.joined(separator: " ")))
    }

    mutating func visitPicture(_ picture: Picture) {
        if picture.isSlot { found.append((picture, nil)) }
    }
}
