/// Easy read puts each sentence on a line of its own (Inclusion Europe, Mencap): applied once, when
/// the document is realized, by ending each sentence that another follows with a line break, in
/// paragraphs, picture rows, callouts and list items, so every format breaks the same lines.
/// Sentence ends are the checker's (`SentenceEnd`): "Dr. Patel" stays one sentence.
public enum SentenceLines {
    public static func apply(to document: Document) -> Document {
        var document = document
        document.parts = document.parts.map { part in
            var part = part
            part.blocks = part.blocks.map(apply)
            return part
        }
        return document
    }

    static func apply(to block: Block) -> Block {
        switch block {
        case .paragraph(var paragraph):
            paragraph.inlines = split(paragraph.inlines)
            return .paragraph(paragraph)
        case .easyReadRow(var row):
            row.lines = row.lines.map { line in
                var line = line
                line.inlines = split(line.inlines)
                return line
            }
            return .easyReadRow(row)
        case .callout(var callout):
            callout.blocks = callout.blocks.map(apply)
            return .callout(callout)
        case .list(var list):
            list.items = list.items.map { item in
                var item = item
                item.blocks = item.blocks.map(apply)
                return item
            }
            return .list(list)
        default:
            return block
        }
    }

    /// The inlines with a line break after every sentence end that more text follows. The words are
    /// looked at across nodes, so "an **involvement fee**. This" breaks after the full stop.
    public static func split(_ inlines: [Inline]) -> [Inline] {
        var words = WordStream()
        words.collect(inlines)
        words.finish()
        guard words.ends.count > 0 else { return inlines }
        var position = 0
        return rebuild(inlines, ends: words.ends, position: &position)
    }

    /// Every word of the text in order, and the text positions (in characters of `plainText`
    /// order) where a sentence ends and another word follows.
    private struct WordStream {
        var ends: Set<Int> = []
        private var offset = 0
        private var current = ""
        /// The last whole word and the position just after it, until the word after it is known.
        private var pending: (word: String, end: Int)?

        mutating func collect(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .text(let node):
                    for character in node.string {
                        if character.isWhitespace { endWord() } else { current.append(character) }
                        offset += 1
                    }
                case .strong(let node): collect(node.children)
                case .emphasis(let node): collect(node.children)
                case .link(let node): collect(node.children)
                case .lineBreak:
                    endWord()
                    pending = nil
                    offset += 1
                }
            }
        }

        mutating func finish() { endWord() }

        private mutating func endWord() {
            guard !current.isEmpty else { return }
            if let pending, SentenceEnd.ends(pending.word, next: current) { ends.insert(pending.end) }
            pending = (current, offset)
            current = ""
        }
    }

    /// The same inlines, each text node cut at the positions in `ends`, a line break put there and
    /// the spaces after it dropped.
    private static func rebuild(_ inlines: [Inline], ends: Set<Int>, position: inout Int) -> [Inline] {
        var out: [Inline] = []
        for inline in inlines {
            switch inline {
            case .text(let node):
                var piece = ""
                var skippingSpace = false
                for character in node.string {
                    if ends.contains(position) {
                        if !piece.isEmpty { out.append(.text(Text(piece, location: node.location))) }
                        out.append(.lineBreak(LineBreak(location: node.location)))
                        piece = ""
                        skippingSpace = true
                    }
                    if skippingSpace && character.isWhitespace {
                        position += 1
                        continue
                    }
                    skippingSpace = false
                    piece.append(character)
                    position += 1
                }
                if !piece.isEmpty { out.append(.text(Text(piece, location: node.location))) }
            case .strong(var node):
                node.children = rebuild(node.children, ends: ends, position: &position)
                out.append(.strong(node))
            case .emphasis(var node):
                node.children = rebuild(node.children, ends: ends, position: &position)
                out.append(.emphasis(node))
            case .link(var node):
                node.children = rebuild(node.children, ends: ends, position: &position)
                out.append(.link(node))
            case .lineBreak:
                position += 1
                out.append(inline)
            }
        }
        return out
    }
}
