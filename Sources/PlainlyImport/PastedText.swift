import Foundation
import PlainlyModel

/// Text pasted from a web page or an email, tidied once the shared `.txt` reader has found its
/// paragraphs, headings and list items (`PlainTextShape` in DocumentReaders, so `plainly check` sees the
/// same structure): non-breaking spaces and tabs become spaces, and doubled spaces one. Only the words'
/// spacing changes, never where a block starts or ends, so the source written reads like the file.
enum PastedText {
    static func tidied(_ blocks: [Block]) -> [Block] {
        blocks.map(tidied)
    }

    static func tidied(_ block: Block) -> Block {
        switch block {
        case .paragraph(var paragraph):
            paragraph.inlines = paragraph.inlines.map(tidied)
            return .paragraph(paragraph)
        case .heading(var heading):
            heading.inlines = heading.inlines.map(tidied)
            return .heading(heading)
        case .list(var list):
            list.items = list.items.map { item in
                var item = item
                item.blocks = item.blocks.map(tidied)
                return item
            }
            return .list(list)
        default:
            return block
        }
    }

    static func tidied(_ inline: Inline) -> Inline {
        guard case .text(var text) = inline else { return inline }
        text.string = tidied(text.string)
        return .text(text)
    }

    /// Each line's spaces tidied; the line breaks of a hard-wrapped paragraph are kept.
    static func tidied(_ string: String) -> String {
        string.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var tidy = String(line).replacingAll("\u{00A0}", " ").replacingAll("\u{202F}", " ").replacingAll("\t", " ")
            while tidy.contains("  ") { tidy = tidy.replacingAll("  ", " ") }
            return tidy.trimmingTrailingSpaces
        }.joined(separator: "\n")
    }
}

extension String {
    func replacingAll(_ target: String, _ replacement: String) -> String {
        replacingOccurrences(of: target, with: replacement)
    }

    var trimmingTrailingSpaces: String {
        String(reversed().drop { $0 == " " }.reversed())
    }
}
