import Foundation
import PlainlyModel

/// Turns a Markdown tree into model blocks, applying Plainly's source conventions:
///
/// - a paragraph that begins with a picture is an easy-read row, one line of text per source line;
/// - `![what picture is wanted]()` (an empty destination) is a picture slot;
/// - a block quote is a callout, its kind and title set by `[!IMPORTANT]` or a bold first line;
/// - a paragraph `Table: …` just before a table is its caption;
/// - Markdown heading level n becomes model level n + 1 (level 1 is the document title);
/// - raw HTML is dropped with a warning.
struct BlockConverter {
    let context: SourceFileContext
    var anchors: AnchorMaker
    var diagnostics: [Diagnostic] = []
    /// Non-breaking and repeated spaces tidied in this file; `SourceReader` adds its one note.
    var pastedSpaces = PastedSpaces()

    init(context: SourceFileContext, anchors: AnchorMaker) {
        self.context = context
        self.anchors = anchors
    }

    mutating func convert(_ nodes: [MarkdownNode]) -> [Block] {
        var blocks: [Block] = []
        var index = 0
        while index < nodes.count {
            let node = nodes[index]
            if case .paragraph = node.kind, index + 1 < nodes.count, case .table = nodes[index + 1].kind,
               let caption = tableCaption(node) {
                blocks.append(.table(table(nodes[index + 1], caption: caption)))
                index += 2
                continue
            }
            blocks.append(contentsOf: convert(node))
            index += 1
        }
        return blocks
    }

    private mutating func convert(_ node: MarkdownNode) -> [Block] {
        let location = context.location(node)
        switch node.kind {
        case .paragraph:
            return paragraph(node, at: location).map { [$0] } ?? []
        case .heading(let level):
            let inlines = inlines(node.children, parent: location)
            let anchor = anchors.anchor(for: inlines.plainText)
            return [.heading(Heading(level: min(level + 1, 6), inlines: inlines, anchor: anchor, location: location))]
        case .list(let isNumbered, let start):
            let items = node.children.map { item in
                ListItem(blocks: convert(item.children), location: context.location(item))
            }
            return [.list(ListBlock(isNumbered: isNumbered, start: start, items: items, location: location))]
        case .blockQuote:
            return [.callout(callout(node, at: location))]
        case .table:
            return [.table(table(node, caption: nil))]
        case .codeBlock(let literal):
            // Easy-read documents have no code; keep the words, one source line a line.
            var lines: [Inline] = []
            for (offset, line) in literal.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !(line.isEmpty && offset > 0) {
                if !lines.isEmpty { lines.append(.lineBreak(LineBreak(location: location))) }
                lines.append(.text(String(line), at: location))
            }
            return lines.isEmpty ? [] : [.paragraph(Paragraph(inlines: lines, location: location))]
        case .htmlBlock(let literal) where HTMLComment.isComment(literal):
            return []
        case .htmlBlock:
            diagnostics.append(.warning(
                "Raw HTML is not passed through to the documents; it is left out.", id: "raw-html", at: location))
            return []
        case .thematicBreak:
            return []
        default:
            diagnostics.append(.warning(
                "This Markdown is not supported and is left out.", id: "unsupported-markdown", at: location))
            return []
        }
    }

    // MARK: Paragraphs, pictures and easy-read rows

    private mutating func paragraph(_ node: MarkdownNode, at location: SourceLocation) -> Block? {
        guard let first = node.children.first, case .image = first.kind else {
            let inlines = inlines(node.children, parent: location)
            return inlines.isEmpty ? nil : .paragraph(Paragraph(inlines: inlines, location: location))
        }
        let picture = picture(first)
        let lines = textLines(Array(node.children.dropFirst()), parent: location)
        if lines.isEmpty { return .picture(picture) }
        return .easyReadRow(EasyReadRow(picture: picture, lines: lines, location: location))
    }

    /// Each source line of an easy-read row is a line of its own; empty lines are dropped.
    private mutating func textLines(_ nodes: [MarkdownNode], parent: SourceLocation) -> [TextLine] {
        var groups: [[MarkdownNode]] = [[]]
        for node in nodes {
            switch node.kind {
            case .softBreak, .lineBreak: groups.append([])
            default: groups[groups.count - 1].append(node)
            }
        }
        return groups.compactMap { group in
            guard let first = group.first else { return nil }
            var inlines = inlines(group, parent: parent)
            trimSpaces(&inlines)
            guard !inlines.isEmpty else { return nil }
            return TextLine(inlines: inlines, location: context.location(first, fallback: parent))
        }
    }

    private mutating func picture(_ node: MarkdownNode) -> Picture {
        let location = context.location(node)
        guard case .image(let destination, let title) = node.kind else {
            preconditionFailure("picture(_:) is only called with an image node")
        }
        let description = inlines(node.children, parent: location).plainText.trimmingWhitespace
        let decorative = title.trimmingWhitespace.lowercased() == "decorative"
        let words: Picture.Words
        if decorative {
            words = .decorative
        } else if description.isEmpty {
            diagnostics.append(Diagnostic(
                .warning, "This picture has no description, so it is treated as decorative and hidden from screen readers.",
                id: "picture-without-description", at: location,
                why: "People who cannot see the picture need words that say what it shows.",
                suggestion: "Write a description between the brackets: ![a person reading a letter](letter.png)."))
            words = .decorative
        } else {
            words = .description(description)
        }
        let written = destination.trimmingWhitespace
        if written.isEmpty {
            if case .decorative = words, !decorative {
                diagnostics.append(.warning(
                    "This picture slot does not say what picture is wanted.", id: "slot-without-description",
                    at: location))
            }
            return Picture(source: .slot, words: words, location: location)
        }
        let source = PictureReference(context: context).source(written, at: location, diagnostics: &diagnostics)
        return Picture(source: source, words: words, location: location)
    }

    // MARK: Callouts

    private static let alertKinds: [String: Callout.Kind] = [
        "IMPORTANT": .important, "NOTE": .note, "TIP": .tip, "WARNING": .warning, "CAUTION": .warning,
    ]

    private mutating func callout(_ node: MarkdownNode, at location: SourceLocation) -> Callout {
        var children = node.children
        var kind = Callout.Kind.note
        var title: String?
        if let first = children.first, case .paragraph = first.kind {
            let (firstLine, rest) = splitFirstLine(first.children)
            let lineText = firstLine.compactMap { node -> String? in
                if case .text(let string) = node.kind { return string }
                return nil
            }.joined().trimmingWhitespace
            if lineText.hasPrefix("[!"), lineText.hasSuffix("]"),
               let alert = Self.alertKinds[String(lineText.dropFirst(2).dropLast()).uppercased()] {
                kind = alert
                replaceFirst(&children, with: rest)
            } else if firstLine.count == 1, case .strong = firstLine[0].kind {
                let strongText = inlines(firstLine[0].children, parent: location).plainText.trimmingWhitespace
                title = strongText
                kind = Callout.Kind(rawValue: strongText.lowercased()) ?? .note
                replaceFirst(&children, with: rest)
            }
        }
        return Callout(kind: kind, title: title, blocks: convert(children), location: location)
    }

    /// The inline nodes before the first line break, and those after it.
    private func splitFirstLine(_ nodes: [MarkdownNode]) -> ([MarkdownNode], [MarkdownNode]) {
        guard let breakIndex = nodes.firstIndex(where: { $0.kind == .softBreak || $0.kind == .lineBreak }) else {
            return (nodes, [])
        }
        return (Array(nodes[..<breakIndex]), Array(nodes[(breakIndex + 1)...]))
    }

    private func replaceFirst(_ children: inout [MarkdownNode], with rest: [MarkdownNode]) {
        if rest.isEmpty {
            children.removeFirst()
        } else {
            children[0].children = rest
            if let firstRest = rest.first, firstRest.line > 0 {
                children[0].line = firstRest.line
                children[0].column = firstRest.column
            }
        }
    }

    // MARK: Tables

    /// `Table: You said, we did` right before a table names it.
    private func tableCaption(_ node: MarkdownNode) -> String? {
        let text = node.children.compactMap { child -> String? in
            switch child.kind {
            case .text(let string), .code(let string): string
            case .softBreak: " "
            default: nil
            }
        }.joined().trimmingWhitespace
        guard text.hasPrefix("Table:") else { return nil }
        let caption = text.dropFirst("Table:".count).description.trimmingWhitespace
        return caption.isEmpty ? nil : caption
    }

    private mutating func table(_ node: MarkdownNode, caption: String?) -> Table {
        var header: [TableCell] = []
        var rows: [[TableCell]] = []
        for row in node.children {
            let cells = row.children.map { cell -> TableCell in
                let location = context.location(cell, fallback: context.location(row))
                var inlines = inlines(cell.children, parent: location)
                trimSpaces(&inlines)
                return TableCell(inlines: inlines, location: location)
            }
            if case .tableRow(isHeader: true) = row.kind, header.isEmpty {
                header = cells
            } else {
                rows.append(cells)
            }
        }
        return Table(caption: caption, header: header, rows: rows, location: context.location(node))
    }

    // MARK: Inlines

    private mutating func inlines(_ nodes: [MarkdownNode], parent: SourceLocation) -> [Inline] {
        var converter = InlineConverter(context: context, pastedSpaces: pastedSpaces)
        let result = converter.convert(nodes, parent: parent)
        diagnostics += converter.diagnostics
        pastedSpaces = converter.pastedSpaces
        return result
    }

    private func trimSpaces(_ inlines: inout [Inline]) {
        if case .text(let first)? = inlines.first {
            let trimmed = String(first.string.drop(while: { $0 == " " }))
            if trimmed.isEmpty { inlines.removeFirst() } else { inlines[0] = .text(trimmed, at: first.location) }
        }
        if case .text(let last)? = inlines.last {
            var string = last.string
            while string.last == " " { string.removeLast() }
            if string.isEmpty { inlines.removeLast() } else { inlines[inlines.count - 1] = .text(string, at: last.location) }
        }
    }
}
