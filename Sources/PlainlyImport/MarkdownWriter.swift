import Foundation
import PlainlyModel

/// Blocks written as Plainly's Markdown: headings, nested lists, tables with a header row, bold,
/// links and pictures, with every character that Markdown would read as markup escaped, so the words
/// come back as they were.
struct MarkdownWriter {
    /// How a picture in the model is written: its new path under `pictures/`, if it was carried.
    var picturePath: (Picture) -> String?
    /// Heading levels are written relative to the part: a heading one below the part's is `##`.
    var partLevel: Int
    /// How a line break inside a paragraph is written: a space for a file from elsewhere (Word's line
    /// breaks are mostly layout), a hard break (`\` and a new line) or a new line (easy read, where
    /// each sentence is a line already) for a file Plainly made.
    var lineBreak = " "

    func blocks(_ blocks: [Block]) -> String {
        blocks.compactMap(block).filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    func block(_ block: Block) -> String? {
        switch block {
        case .heading(let heading):
            let level = min(max(heading.level - partLevel + 1, 2), 6)
            var oneLine = self
            oneLine.lineBreak = " "
            return String(repeating: "#", count: level) + " " + oneLine.line(heading.inlines)
        case .paragraph(let paragraph):
            return line(paragraph.inlines)
        case .list(let list):
            return self.list(list, indent: "")
        case .table(let table):
            return self.table(table)
        case .picture(let picture):
            return self.picture(picture)
        case .easyReadRow(let row):
            return ([self.picture(row.picture)] + row.lines.map { line($0.inlines) }).joined(separator: "\n")
        case .callout(let callout):
            // The source's own ways to say a callout: `[!TIP]` for a kind's own title, a bold first line for any other.
            let first = callout.title == callout.kind.defaultTitle ? "[!\(callout.kind.rawValue.uppercased())]" : "**\(escape(callout.title))**"
            let inner = self.blocks(callout.blocks)
            return ([first] + inner.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
                .map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
        default:
            return nil
        }
    }

    func picture(_ picture: Picture) -> String {
        let path = picturePath(picture)
        if picture.isDecorative, let path { return "![](\(path) \"decorative\")" }
        let description = escape(picture.description)
        if let path, !picture.description.isEmpty { return "![\(description)](\(path))" }
        if let path { return "![Say what the picture \(escape(path)) shows, or mark it decorative]()" }
        return "![\(description.isEmpty ? "A picture to choose" : description)]()"
    }

    func list(_ list: ListBlock, indent: String) -> String {
        var lines: [String] = []
        for (index, item) in list.items.enumerated() {
            let marker = list.isNumbered ? "\(list.start + index). " : "- "
            let inner = indent + String(repeating: " ", count: marker.count)
            for (position, block) in item.blocks.enumerated() {
                if case .list(let nested) = block {
                    lines.append(self.list(nested, indent: inner))
                } else if let text = self.block(block) {
                    let first = position == 0 ? indent + marker : inner
                    lines.append(first + text.replacingAll("\n", "\n" + inner))
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    func table(_ table: Table) -> String {
        var oneLine = self
        oneLine.lineBreak = " "
        var rows = table.rows
        var header = table.header
        if header.isEmpty, !rows.isEmpty { header = rows.removeFirst() }
        // A table of one row (Word's way to box a paragraph) has no header to read it by: its cells
        // are paragraphs. A table with no words at all is layout, and is left out.
        let cells = (header + rows.flatMap { $0 }).map { line($0.inlines) }
        if cells.allSatisfy(\.isEmpty) { return "" }
        if rows.isEmpty { return cells.filter { !$0.isEmpty }.joined(separator: "\n\n") }
        let width = ([header.count] + rows.map(\.count)).max() ?? 1
        func row(_ cells: [TableCell]) -> String {
            let texts = cells.map { oneLine.line($0.inlines).replacingAll("|", "\\|") }
            return "| " + (texts + Array(repeating: "", count: width - texts.count)).joined(separator: " | ") + " |"
        }
        var text: [String] = []
        if let caption = table.caption { text.append("Table: \(escape(caption))\n") }
        text.append(row(header))
        text.append("|" + Array(repeating: "---|", count: width).joined())
        text += rows.map(row)
        return text.joined(separator: "\n")
    }

    /// Inlines as a paragraph's text: line breaks as `lineBreak` says, new lines inside the words as spaces.
    func line(_ inlines: [Inline]) -> String {
        var out = ""
        for inline in inlines {
            // Easy read breaks lines at sentence ends by itself; a break anywhere else must be hard.
            if case .lineBreak = inline, lineBreak == "\n", let last = out.last(where: { $0 != " " }), !".!?:".contains(last) {
                out += "\\\n"
            } else {
                out += self.inline(inline)
            }
        }
        return out.trimmingCharacters(in: .whitespaces)
    }

    func inline(_ inline: Inline) -> String {
        switch inline {
        case .text(let text): escape(text.string.replacingAll("\n", " "))
        case .strong(let strong): wrap(strong.children, "**")
        case .emphasis(let emphasis): wrap(emphasis.children, "*")
        case .link(let link): "[\(link.children.map(self.inline).joined())](<\(link.destination.replacingAll("\n", " ").replacingAll(">", "%3E"))>)"
        case .lineBreak: lineBreak
        }
    }

    /// Markers hug the words: `**bold** text`, never `** bold **`, which Markdown would not read.
    func wrap(_ children: [Inline], _ marker: String) -> String {
        let text = children.map(inline).joined()
        let core = text.trimmingCharacters(in: .whitespaces)
        guard !core.isEmpty else { return text }
        let lead = text.prefix { $0 == " " }, trail = String(text.reversed().prefix { $0 == " " })
        return lead + marker + core + marker + trail
    }

    /// Backslashes before the characters Markdown reads as markup, and before a line start that
    /// would begin a heading, list or quote.
    func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>|#!".contains(character) { out.append("\\") }
            out.append(character)
        }
        if let first = out.first, "-+=".contains(first) { out = "\\" + out }
        if let match = out.prefixMatch(of: /^(\d+)([.)])/) { out = match.1 + "\\" + out.dropFirst(match.1.count) }
        return out
    }
}
