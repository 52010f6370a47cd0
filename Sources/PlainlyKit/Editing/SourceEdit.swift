import Foundation
import PlainlyModel

/// The two changes the group's screen makes to a source, as edits of its text: each changes one
/// line and leaves every other byte as it was, so a writer's layout, comments and spacing survive.
///
/// An edit names the line it was offered for and what it expected there; when the file has moved
/// on since the page was shown, the edit is refused rather than applied somewhere else.
public enum SourceEdit {
    public enum Refusal: Error, Equatable, CustomStringConvertible {
        /// The line no longer holds the empty slot the page showed.
        case slotChanged(line: Int)
        /// No `status: draft` line in the part's front matter.
        case notADraft
        case unknownSymbol(String)

        public var description: String {
            switch self {
            case .slotChanged(let line):
                "The picture slot on line \(line) has changed since this page was made. The page now shows the file as it is."
            case .notADraft:
                "This part is not marked as a draft any more. The page now shows the file as it is."
            case .unknownSymbol(let name):
                "There is no picture called '\(name)' in the picture bank."
            }
        }
    }

    /// The longest "who was there" kept: a room of names, not a paragraph.
    public static let longestAttendance = 300

    /// Fills the empty picture slot `![description]()` on `line` (1-based) with `bank:symbol`.
    public static func choosePicture(
        in text: String, line: Int, description: String, symbol: String
    ) throws(Refusal) -> String {
        var lines = text.components(separatedBy: "\n")
        guard line >= 1, line <= lines.count else { throw .slotChanged(line: line) }
        let empty = "![\(description)]()"
        guard let range = lines[line - 1].range(of: empty) else { throw .slotChanged(line: line) }
        lines[line - 1].replaceSubrange(range, with: "![\(description)](\(Picture.bankPrefix)\(symbol))")
        return lines.joined(separator: "\n")
    }

    /// Marks a part agreed: its front matter's `status: draft` becomes `status: agreed`, with the
    /// date and who was there kept beside it as a YAML comment, on the same line.
    public static func agree(in text: String, on date: CalendarDate, by attendance: String?) throws(Refusal) -> String {
        var lines = text.components(separatedBy: "\n")
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else { throw .notADraft }
        var index = 1
        while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces) != "---" {
            if Self.isDraftStatus(lines[index]) {
                var record = "agreed on \(date.iso)"
                if let names = tidy(attendance) { record += " with \(names)" }
                lines[index] = "status: agreed  # \(record)"
                return lines.joined(separator: "\n")
            }
            index += 1
        }
        throw .notADraft
    }

    /// `status: draft`, with any spacing or trailing comment a writer left.
    private static func isDraftStatus(_ line: String) -> Bool {
        guard line.hasPrefix("status:") else { return false }
        var value = line.dropFirst("status:".count)
        if let hash = value.firstIndex(of: "#") { value = value[..<hash] }
        return value.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) == "draft"
    }

    /// One line of names, with nothing that could end the comment or the line early.
    public static func tidy(_ attendance: String?) -> String? {
        guard let attendance else { return nil }
        let oneLine = attendance.unicodeScalars.map { scalar -> String in
            CharacterSet.newlines.contains(scalar) || CharacterSet.controlCharacters.contains(scalar) ? " " : String(scalar)
        }.joined()
        let words = oneLine.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        guard !words.isEmpty else { return nil }
        return String(words.prefix(longestAttendance))
    }
}
