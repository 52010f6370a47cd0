import PlainlyModel

/// Part of the reading layer (`DocumentReaders`), shared by `plainly check` and `plainly import`:
/// text in, content model out, knowing nothing of the checker.
///
/// Reads plain text into the content model. How line breaks are read depends on the text's shape
/// (`PlainTextShape`): in hard-wrapped text, paragraphs are separated by blank lines; otherwise every
/// line break ends a paragraph. Lines starting with `-`, `*`, `•`, `·` or a number and `.` or `)` are
/// list items; `#` lines, lines underlined with `===` or `---`, and a short line without closing
/// punctuation standing on its own with text after it are headings. Every unit keeps its line and column. Works on the
/// UTF-8 bytes, one pass, so a 5 MB file reads in milliseconds.
public struct PlainTextReader: Sendable {
    public init() {}

    public func read(_ text: String, file: String, title: String = "") -> Document {
        var parts = PartSequence(bytes: Array(text.utf8), file: file, blocksPerPart: .max)
        return Document(metadata: Self.metadata(title: title), parts: parts.next().map { [$0] } ?? [])
    }

    public static func metadata(title: String = "") -> Metadata {
        Metadata(title: title, kind: .paper, profile: .plain)
    }

    /// The text as a run of parts of at most `blocksPerPart` blocks each, made as they are asked for, so
    /// a long file is checked without ever holding its whole content model.
    public func parts(of bytes: [UInt8], file: String, blocksPerPart: Int = 2000) -> PartSequence {
        PartSequence(bytes: bytes, file: file, blocksPerPart: blocksPerPart)
    }

    public struct PartSequence: Sequence, IteratorProtocol {
        let bytes: [UInt8]
        let file: String
        let blocksPerPart: Int
        let shape: PlainTextShape
        var position = 0
        var line = 1
        var finished = false
        var started = false

        init(bytes: [UInt8], file: String, blocksPerPart: Int) {
            self.bytes = bytes
            self.file = file
            self.blocksPerPart = blocksPerPart
            // A byte-order mark is not text, as `StreamedTextParts` leaves it out too.
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
            shape = bytes.withUnsafeBufferPointer { [position] in
                PlainTextShape(startOf: UnsafeBufferPointer(rebasing: $0[position...]), isWholeText: true)
            }
        }

        public mutating func next() -> Part? {
            guard !finished else { return nil }
            let (blocks, position, line, done) = bytes.withUnsafeBufferPointer { buffer in
                var scanner = Scanner(bytes: buffer, file: file, shape: shape)
                let done = scanner.run(from: self.position, line: self.line, maxBlocks: blocksPerPart)
                return (scanner.blocks, scanner.resumeAt, scanner.resumeLine, done)
            }
            self.position = position
            self.line = line
            finished = done
            defer { started = true }
            if blocks.isEmpty && started { return nil }
            return Part(blocks: blocks, location: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let file: String
        let shape: PlainTextShape
        var blocks: [Block] = []
        /// Lines of the paragraph or list item being gathered: byte ranges without their indentation,
        /// line numbers and the column each starts at.
        var paragraph: [(range: Range<Int>, line: Int, column: Int)] = []
        /// Set while the lines gathered are a list item's text: where its marker is, and its kind.
        var item: (location: SourceLocation, isNumbered: Bool)?
        var resumeAt = 0
        var resumeLine = 1
        /// Where the last heading told only by its shape (a short line without closing punctuation)
        /// is in `blocks`: one that nothing follows ("Thanks, Sam") heads nothing, so it is a paragraph.
        var shapeHeadingIndex: Int?

        init(bytes: UnsafeBufferPointer<UInt8>, file: String, shape: PlainTextShape) {
            self.bytes = bytes
            self.file = file
            self.shape = shape
        }

        func location(_ line: Int, _ column: Int = 1) -> SourceLocation { SourceLocation(file: file, line: line, column: column) }

        func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }

        func textLine(_ range: Range<Int>) -> PlainTextLine { PlainTextLine(bytes: bytes, text: range) }

        /// Whether anything but spaces and line breaks comes at or after `start`.
        static func hasText(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
            var index = start
            while index < bytes.count {
                switch bytes[index] {
                case 32, 9, 10, 13: index += 1
                default: return true
                }
            }
            return false
        }

        /// Reads from `start` until the bytes end (true) or, at a blank line with text after it,
        /// `maxBlocks` are made (false). `endsText`: these bytes end the whole text, so a heading-like
        /// last line heads nothing.
        mutating func run(from start: Int, line first: Int, maxBlocks: Int, endsText: Bool = true) -> Bool {
            var start = start
            var number = first
            while start <= bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 10 { end += 1 }
                var lineEnd = end
                if lineEnd > start && bytes[lineEnd - 1] == 13 { lineEnd -= 1 }  // CRLF
                line(start..<lineEnd, number: number)
                if end >= bytes.count { break }
                start = end + 1
                number += 1
                // A part ends only where text follows, so the text's last block is in its last part.
                if paragraph.isEmpty && blocks.count >= maxBlocks && Self.hasText(bytes, from: start) {
                    resumeAt = start
                    resumeLine = number
                    return false
                }
            }
            flush()
            if endsText, let index = shapeHeadingIndex, index == blocks.count - 1, case .heading(let heading) = blocks[index] {
                blocks[index] = .paragraph(Paragraph(inlines: heading.inlines, location: heading.location))
            }
            resumeAt = bytes.count
            resumeLine = number
            return true
        }

        mutating func line(_ range: Range<Int>, number: Int) {
            var first = range.lowerBound
            while first < range.upperBound && (bytes[first] == 32 || bytes[first] == 9) { first += 1 }
            let trimmed = first..<range.upperBound
            let column = first - range.lowerBound + 1
            if trimmed.isEmpty {
                flush()
                return
            }
            let current = textLine(trimmed)
            if paragraph.count == 1 && item == nil, let underline = current.underline {  // === or ---
                let heading = paragraph[0]
                let at = location(heading.line, heading.column)
                blocks.append(.heading(Heading(
                    level: underline == 61 ? 2 : 3, inlines: [.text(string(heading.range), at: at)], location: at)))
                paragraph.removeAll(keepingCapacity: true)
                return
            }
            if bytes[first] == 35 {  // #
                flush()
                var hashes = first
                while hashes < trimmed.upperBound && bytes[hashes] == 35 { hashes += 1 }
                var words = hashes
                while words < trimmed.upperBound && bytes[words] == 32 { words += 1 }
                let at = location(number, column + words - first)
                blocks.append(.heading(Heading(
                    level: min(hashes - first + 1, 6), inlines: [.text(string(words..<trimmed.upperBound), at: at)],
                    location: location(number, column))))
                return
            }
            if let marker = current.listMarker {
                flush()
                item = (location(number, column), marker.isNumbered)
                paragraph.append(((first + marker.length)..<trimmed.upperBound, number, column + marker.columns))
                return
            }
            if !paragraph.isEmpty { breakBlock(before: current) }
            paragraph.append((trimmed, number, column))
        }

        /// Ends the paragraph or list item being gathered where the line break before `next` ends it.
        /// In text read line by line, every line break does. In hard-wrapped text only a break the
        /// wrapping could not have made (the next word would have fitted) does: after a list item or
        /// a sentence, or after a line that could be a heading and starts the paragraph or follows a
        /// sentence ("... the long form again." / "Next steps" / "The board will decide ...").
        mutating func breakBlock(before next: PlainTextLine) {
            guard shape.isHardWrapped else { return flush() }
            guard let last = paragraph.last else { return }
            let previous = textLine(last.range)
            guard shape.isDeliberateBreak(lineWidth: last.column - 1 + previous.width, nextWordWidth: next.firstWordWidth) else { return }
            if item != nil || previous.endsSentence { return flush() }
            guard previous.isHeadingLike, paragraph.count == 1 || textLine(paragraph[paragraph.count - 2].range).endsSentence else { return }
            paragraph.removeLast()
            flush()
            paragraph.append(last)
            flush()
        }

        mutating func flush() {
            guard let first = paragraph.first else { return }
            defer {
                paragraph.removeAll(keepingCapacity: true)  // kept for the next paragraph: a long text has thousands
                item = nil
            }
            // The lines joined by newlines, copied straight from the file's bytes into one string.
            let length = paragraph.reduce(0) { $0 + $1.range.count } + paragraph.count - 1
            let joined = String(unsafeUninitializedCapacity: length) { buffer in
                var written = 0
                for (index, line) in paragraph.enumerated() {
                    if index > 0 {
                        buffer[written] = 10
                        written += 1
                    }
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[written..<(written + line.range.count)])
                        .initialize(from: UnsafeBufferPointer(rebasing: bytes[line.range]))
                    written += line.range.count
                }
                return written
            }
            let at = location(first.line, first.column)
            let inline = Inline.text(joined, at: at)
            if let item {
                appendItem(ListItem(blocks: [.paragraph(Paragraph(inlines: [inline], location: at))], location: item.location),
                           isNumbered: item.isNumbered)
            } else if paragraph.count == 1 && textLine(first.range).isHeadingLike {
                blocks.append(.heading(Heading(level: 2, inlines: [inline], location: at)))
                shapeHeadingIndex = blocks.count - 1
            } else {
                blocks.append(.paragraph(Paragraph(inlines: [inline], location: at)))
            }
        }

        /// Items in a row, blank lines or not, are one list: "the recommendations are bullets" is
        /// about the list, not each line.
        mutating func appendItem(_ newItem: ListItem, isNumbered: Bool) {
            if case .list(var list)? = blocks.last, list.isNumbered == isNumbered {
                // Taken out first, so the items are not shared and grow in place, not by a copy for
                // every item.
                blocks.removeLast()
                list.items.append(newItem)
                blocks.append(.list(list))
            } else {
                blocks.append(.list(ListBlock(isNumbered: isNumbered, items: [newItem], location: newItem.location)))
            }
        }
    }
}
