import PlainlyModel

/// A document's blocks as one line each: kind, then text with its line breaks and doubled spaces
/// made single, so what `check` reads and what `import` writes can be compared and read.
enum StructureOutline {
    static func lines(of blocks: [Block]) -> [String] {
        blocks.map { block in
            switch block {
            case .heading(let heading): "heading \(heading.level): \(text(heading.inlines))"
            case .paragraph(let paragraph): "paragraph: \(text(paragraph.inlines))"
            case .list(let list):
                (list.isNumbered ? "numbers: " : "bullets: ") + list.items.map { item in
                    item.blocks.map { block in
                        if case .paragraph(let paragraph) = block { text(paragraph.inlines) } else { "\(block)" }
                    }.joined(separator: " / ")
                }.joined(separator: " | ")
            default: "\(block)"
            }
        }
    }

    static func text(_ inlines: [Inline]) -> String {
        inlines.map(\.plainText).joined().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
