/// Wraps braille cells into lines of at most `width` cells, breaking only at blank cells, so a word
/// is never split across lines.
///
/// The one exception is a word longer than a whole line (in real documents a web or email address):
/// it is broken at the line's end, each broken line ending with UEB's line continuation indicator
/// (dot 5), and goes on at the start of the next.
struct BrailleWrapper {
    var width: Int

    /// UEB's line continuation indicator, dot 5.
    static let continuation = BrailleCell.cells("5")[0]

    /// `firstIndent` and `indent` are counts of blank cells: a paragraph starts in cell 3 (indent 2)
    /// and runs over to cell 1, a list item starts in cell 1 and runs over to cell 3.
    func wrap(_ cells: [BrailleCell], firstIndent: Int = 0, indent: Int = 0) -> [[BrailleCell]] {
        let words = cells.split(whereSeparator: \.isBlank)
        guard !words.isEmpty else { return [] }
        var lines: [[BrailleCell]] = []
        var line = blanks(firstIndent)
        var lineHasWord = false
        func startLine() {
            lines.append(line)
            line = blanks(indent)
            lineHasWord = false
        }
        for word in words {
            if lineHasWord && line.count + 1 + word.count > width { startLine() }
            if lineHasWord { line.append(.blank) }
            var rest = word[...]
            // Only a word longer than a whole line gets here, on a line holding just its indent:
            // fill the line, mark it as going on, and go on at the start of the next.
            while line.count + rest.count > width {
                let room = width - line.count - 1
                line += rest.prefix(room)
                line.append(Self.continuation)
                rest = rest.dropFirst(room)
                startLine()
            }
            line += rest
            lineHasWord = true
        }
        lines.append(line)
        return lines
    }

    /// Lines centred on the page, wrapped narrower so each keeps a margin on both sides.
    func centre(_ cells: [BrailleCell], margin: Int) -> [[BrailleCell]] {
        let narrower = BrailleWrapper(width: max(width - 2 * margin, 1))
        return narrower.wrap(cells).map { blanks((width - $0.count) / 2) + $0 }
    }

    /// Indents never take more than half the line, so a word always has room after one.
    private func blanks(_ count: Int) -> [BrailleCell] { Array(repeating: .blank, count: max(0, min(count, width / 2))) }
}
