import Foundation
import PictureBank
import PlainlyModel

/// `plainly pictures`: for every picture slot still to be chosen (on its own or in an easy-read
/// row), and in an easy-read document every paragraph with no picture beside it, the bank's best
/// few symbols, best first, each with why. The slot's description is read first, the row's text
/// second (`SymbolSuggester`).
public struct SlotSuggestions: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable, Equatable {
        /// `![what picture is wanted]()`, on its own or starting an easy-read row.
        case slot
        /// A paragraph of an easy-read document with no picture: easy read puts one beside every
        /// point. Written `![what it shows](bank:name)` at its start, it becomes a row.
        case rowWithoutPicture = "row-without-picture"
    }

    public struct Slot: Sendable, Codable, Equatable {
        public var kind: Kind
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

    /// The picture slots (not the rows without a picture), in reading order.
    public var pictureSlots: [Slot] { slots.filter { $0.kind == .slot } }

    /// How many picture slots have at least one suggestion.
    public var slotsWithSuggestions: Int { pictureSlots.filter { !$0.suggestions.isEmpty }.count }

    public init(slots: [Slot]) {
        self.slots = slots
    }

    /// Every slot of `document`, in reading order, with up to `count` suggestions each.
    public init(
        for document: Document, displayPrefix: String = "", suggester: SymbolSuggester = .shipped,
        count: Int = SymbolSuggester.defaultCount
    ) {
        var finder = SlotFinder(findsRowsWithoutPicture: document.metadata.profile == .easyRead)
        finder.visitDocument(document)
        slots = finder.found.map { found in
            Slot(
                kind: found.kind, file: found.location.path(pathPrefix: displayPrefix), line: found.location.line,
                description: found.description, rowText: found.rowText,
                suggestions: suggester.suggest(description: found.description, rowText: found.rowText ?? "", count: count))
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
            let lead = slot.kind == .rowWithoutPicture ? "no picture beside this text: " : ""
            lines.append("\(slot.file):\(slot.line): \(lead)\(what)")
            if slot.suggestions.isEmpty {
                lines.append("  no symbol found: describe the picture in other words, or choose one yourself")
            }
            for (index, suggestion) in slot.suggestions.enumerated() {
                lines.append("  \(index + 1). \(Picture.bankPrefix)\(suggestion.symbol) – \(suggestion.reason)")
            }
        }
        lines.append("")
        let count = pictureSlots.count
        var summary = "\(slotsWithSuggestions) of \(count) slot\(count == 1 ? " has" : "s have") suggestions."
        let rows = slots.count - count
        if rows > 0 {
            let withIdeas = slots.filter { $0.kind == .rowWithoutPicture && !$0.suggestions.isEmpty }.count
            summary += " \(withIdeas) of \(rows) paragraph\(rows == 1 ? "" : "s") without a picture \(withIdeas == 1 ? "has" : "have") suggestions too."
        }
        if let example = pictureSlots.first(where: { !$0.suggestions.isEmpty }) ?? slots.first(where: { !$0.suggestions.isEmpty }) {
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

/// Every slot, with the text of the easy-read row it is in; and, when asked, every paragraph
/// at the top of a part that has no picture (not those inside lists, callouts or tables).
private struct SlotFinder: ContentWalker {
    struct Found {
        var kind: SlotSuggestions.Kind
        var location: SourceLocation
        var description: String
        var rowText: String?
    }

    let findsRowsWithoutPicture: Bool
    var found: [Found] = []

    mutating func visitPart(_ part: Part) {
        for block in part.blocks {
            if findsRowsWithoutPicture, case .paragraph(let paragraph) = block {
                let text = paragraph.inlines.plainText
                if !text.allSatisfy(\.isWhitespace) {
                    found.append(Found(kind: .rowWithoutPicture, location: paragraph.location, description: "", rowText: text))
                }
            } else {
                visitBlock(block)
            }
        }
    }

    mutating func visitEasyReadRow(_ row: EasyReadRow) {
        guard row.picture.isSlot else { return }
        let text = row.lines.map { $0.inlines.plainText }.joined(separator: " ")
        found.append(Found(kind: .slot, location: row.picture.location, description: row.picture.description, rowText: text))
    }

    mutating func visitPicture(_ picture: Picture) {
        if picture.isSlot {
            found.append(Found(kind: .slot, location: picture.location, description: picture.description, rowText: nil))
        }
    }
}
