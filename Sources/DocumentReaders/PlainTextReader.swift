import PlainlyModel

/// Part of the reading layer (`DocumentReaders`), shared by `plainly check` and `plainly import`:
/// text in, content model out, knowing nothing of the checker.
///
/// Reads plain text into the content model. Paragraphs are separated by blank lines; lines starting with
/// `-`, `*`, `•` or a number and `.` or `)` are list items; `#` lines, lines underlined with `===` or
/// `---`, and a short line standing alone without closing punctuation are headings. Every unit keeps its
/// line and column. Works on the UTF-8 bytes, one pass, so a 5 MB file reads in milliseconds.
public struct PlainTextReader: Sendable {
    public init() {}

    /// At most this many words, and no closing punctuation, for a lone line to be a heading.
    static let headingWords = 10

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
        var position = 0
        var line = 1
        var finished = false
        var started = false

        init(bytes: [UInt8], file: String, blocksPerPart: Int) {
            self.bytes = bytes
            self.file = file
            self.blocksPerPart = blocksPerPart
        }

        public mutating func next() -> Part? {
            guard !finished else { return nil }
            let (blocks, position, line, done) = bytes.withUnsafeBufferPointer { buffer in
                var scanner = Scanner(bytes: buffer, file: file)
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
        var blocks: [Block] = []
        /// Lines of the paragraph being gathered: byte ranges without their indentation, and line numbers.
        var paragraph: [(range: Range<Int>, line: Int, column: Int)] = []
        var resumeAt = 0
        var resumeLine = 1

        init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
            self.bytes = bytes
            self.file = file
        }

        func location(_ line: Int, _ column: Int = 1) -> SourceLocation { SourceLocation(file: file, line: line, column: column) }

        func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }

        /// Reads from `start` until the text ends (true) or, at a blank line, `maxBlocks` are made (false).
        mutating func run(from start: Int, line first: Int, maxBlocks: Int) -> Bool {
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
                if paragraph.isEmpty && blocks.count >= maxBlocks {
                    resumeAt = start
                    resumeLine = number
                    return false
                }
            }
            flush()
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
            if paragraph.count == 1 && trimmed.count >= 3 && (all(trimmed, 61) || all(trimmed, 45)) {  // === or ---
                let heading = paragraph[0]
                let at = location(heading.line, heading.column)
                blocks.append(.heading(Heading(
                    level: bytes[first] == 61 ? 2 : 3, inlines: [.text(string(heading.range), at: at)], location: at)))
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
            if let marker = listMarkerLength(trimmed) {
                flush()
                let at = location(number, column + (bytes[first] == 0xE2 ? 2 : marker))
                let paragraph = Paragraph(inlines: [.text(string((first + marker)..<trimmed.upperBound), at: at)], location: at)
                let item = ListItem(blocks: [.paragraph(paragraph)], location: location(number, column))
                let isNumbered = bytes[first] >= 48 && bytes[first] <= 57
                // Items in a row, blank lines or not, are one list: "the recommendations are bullets"
                // is about the list, not each line.
                if case .list(var list)? = blocks.last, list.isNumbered == isNumbered {
                    // Taken out first, so the items are not shared and grow in place, not by a copy
                    // for every item.
                    blocks.removeLast()
                    list.items.append(item)
                    blocks.append(.list(list))
                } else {
                    blocks.append(.list(ListBlock(isNumbered: isNumbered, items: [item], location: location(number, column))))
                }
                return
            }
            paragraph.append((trimmed, number, column))
        }

        mutating func flush() {
            guard let first = paragraph.first else { return }
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
            if paragraph.count == 1 && isHeadingLike(first.range) {
                blocks.append(.heading(Heading(level: 2, inlines: [inline], location: at)))
            } else {
                blocks.append(.paragraph(Paragraph(inlines: [inline], location: at)))
            }
            paragraph.removeAll(keepingCapacity: true)  // kept for the next paragraph: a long text has thousands
        }

        /// A short line without closing punctuation: "What happens next".
        func isHeadingLike(_ range: Range<Int>) -> Bool {
            guard let last = range.last else { return false }
            if [46, 33, 63, 58, 59, 44].contains(bytes[last]) { return false }  // . ! ? : ; ,
            var words = 0
            var inWord = false
            for index in range {
                let space = bytes[index] == 32 || bytes[index] == 9
                if !space && !inWord { words += 1 }
                inWord = !space
                if words > PlainTextReader.headingWords { return false }
            }
            return true
        }

        func all(_ range: Range<Int>, _ byte: UInt8) -> Bool {
            var index = range.lowerBound
            while index < range.upperBound {
                if bytes[index] != byte && bytes[index] != 32 { return false }
                index += 1
            }
            return true
        }

        /// "- ", "* ", "• ", "1. ", "12) ": the length of the marker and its space.
        func listMarkerLength(_ range: Range<Int>) -> Int? {
            let first = range.lowerBound
            func at(_ index: Int) -> UInt8? { index < range.upperBound ? bytes[index] : nil }
            if (bytes[first] == 45 || bytes[first] == 42) && at(first + 1) == 32 { return 2 }
            if bytes[first] == 0xE2 && at(first + 1) == 0x80 && at(first + 2) == 0xA2 && at(first + 3) == 32 { return 4 }  // •
            var digits = first
            while let byte = at(digits), byte >= 48 && byte <= 57 { digits += 1 }
            let count = digits - first
            guard count > 0 && count <= 3, let mark = at(digits), mark == 46 || mark == 41, at(digits + 1) == 32 else { return nil }
            return count + 2
        }
    }
}
