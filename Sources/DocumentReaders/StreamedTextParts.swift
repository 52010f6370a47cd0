import PlainlyModel

/// Part of the reading layer (`DocumentReaders`), shared by `plainly check` and `plainly import`:
/// text in, content model out, knowing nothing of the checker.
///
/// Plain text read a chunk at a time (from a file, say) and handed on as pieces, each ending at a blank
/// line, so neither the whole text nor its whole content model is ever in memory. Whether the text is
/// hard-wrapped (`PlainTextShape`) is decided from its first `InputLimits.wrapEvidenceBytes` before the
/// first piece is handed on, and every piece is read with that decision. Each piece knows the line
/// it starts on and is read into a part by whoever checks it (on a worker thread: see Readability's `AnalysisPipeline`).
/// A class, so whoever hands it to the checker can ask afterwards how reading went. If a piece is not UTF-8
/// the pieces stop and `isValidUTF8` turns false.
public final class StreamedTextParts<Chunks: IteratorProtocol>: Sequence, IteratorProtocol where Chunks.Element == [UInt8] {
    private var chunks: Chunks
    private let file: String
    private var carry: [UInt8] = []
    private var line = 1
    private var exhausted = false
    private var atStart = true
    /// Bytes at the start of `carry` already searched for a blank line and holding none, so each
    /// byte is searched once however long a stretch without blank lines is.
    private var searched = 0
    /// Where a text read line by line may be cut between lines, found as the bytes come.
    private var breaks = PieceBreaks()
    /// How the text uses its line breaks, decided from its start before the first piece is handed on.
    public private(set) var shape: PlainTextShape?
    public private(set) var isValidUTF8 = true
    /// Where the first byte that is not UTF-8 is, once `isValidUTF8` has turned false.
    public private(set) var firstInvalidPlace: (line: Int, column: Int)?

    public init(chunks: Chunks, file: String) {
        self.chunks = chunks
        self.file = file
    }

    public func next() -> TextPiece? {
        while isValidUTF8 {
            if !exhausted {
                if let chunk = chunks.next() {
                    carry += chunk
                    if atStart && carry.count >= 3 {
                        if carry.starts(with: [0xEF, 0xBB, 0xBF]) { carry.removeFirst(3) }  // byte-order mark
                        atStart = false
                    }
                } else {
                    exhausted = true
                }
            }
            if shape == nil {
                // Only the start says whether the text is hard-wrapped (`InputLimits.wrapEvidenceBytes`):
                // until that much is here, nothing is handed on.
                guard exhausted || carry.count >= InputLimits.wrapEvidenceBytes else { continue }
                shape = carry.withUnsafeBufferPointer { PlainTextShape(startOf: $0, isWholeText: exhausted) }
            }
            var cut = exhausted ? carry.count : Self.endOfLastBlankLine(carry, searchedBefore: searched)
            if cut == 0 && shape?.isHardWrapped == false && carry.count >= InputLimits.lineByLinePieceBytes {
                // Looked for only when there is no blank line to cut at, and only in bytes not yet seen.
                breaks.scan(carry)
                cut = breaks.last
            }
            // A piece ends only where text follows it, so the text's last block is in its last
            // piece (a heading-like last line heads nothing, and only the last piece can tell).
            if cut > 0 && !exhausted && !carry.withUnsafeBufferPointer({ PlainTextReader.Scanner.hasText($0, from: cut) }) {
                cut = 0
            }
            if cut == 0 {
                if exhausted { return nil }
                searched = carry.count
                continue
            }
            let piece = Array(carry[0..<cut])
            carry.removeFirst(cut)
            searched = 0
            breaks.drop(cut)
            if let place = UTF8Check.firstInvalidPlace(piece, firstLine: line) {
                isValidUTF8 = false
                firstInvalidPlace = place
                return nil
            }
            let first = line
            line += piece.withUnsafeBufferPointer { Newlines.count(in: $0) }
            return TextPiece(bytes: piece, file: file, firstLine: first, shape: shape ?? .lineByLine, endsText: exhausted && carry.isEmpty)
        }
        return nil
    }

    /// Just after the last blank line ("\n\n" or "\n\r\n"), or 0 when there is none. The first
    /// `searchedBefore` bytes hold none, so only a blank line ending after them is looked for.
    static func endOfLastBlankLine(_ bytes: [UInt8], searchedBefore: Int = 0) -> Int {
        var index = bytes.count - 1
        while index >= Swift.max(1, searchedBefore) {
            if bytes[index] == 10 && (bytes[index - 1] == 10 || (index >= 2 && bytes[index - 1] == 13 && bytes[index - 2] == 10)) {
                return index + 1
            }
            index -= 1
        }
        return 0
    }
}

/// Lines of plain text, starting at a known line of their file, not yet read into a part.
public struct TextPiece: PartPiece {
    let bytes: [UInt8]
    let file: String
    let firstLine: Int
    /// The whole text's shape: a piece is too short to tell.
    let shape: PlainTextShape
    /// Whether this is the text's last piece.
    var endsText = true

    public func read() -> Part? {
        let blocks = bytes.withUnsafeBufferPointer { buffer in
            var scanner = PlainTextReader.Scanner(bytes: buffer, file: file, shape: shape)
            _ = scanner.run(from: 0, line: firstLine, maxBlocks: .max, endsText: endsText)
            return scanner.blocks
        }
        if blocks.isEmpty { return nil }
        return Part(blocks: blocks, location: SourceLocation(file: file, line: 1, column: 1))
    }
}

/// The line breaks where a text read line by line (every line break ends a paragraph) can be cut into
/// pieces that read as the whole does: before a whole line that neither underlines the line above
/// (`===`) nor continues a list. Each byte is looked at once, as it arrives.
struct PieceBreaks {
    /// Where the line not yet ended starts, and how far the bytes have been looked at.
    private var lineStart = 0
    private var scanned = 0
    /// Just after the last line break found where a piece may end; 0 for none.
    private(set) var last = 0

    mutating func scan(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            for index in scanned..<buffer.count where buffer[index] == 10 {
                var start = lineStart
                while start < index && (buffer[start] == 32 || buffer[start] == 9) { start += 1 }
                var end = index
                if end > start && buffer[end - 1] == 13 { end -= 1 }  // CRLF
                let line = PlainTextLine(bytes: buffer, text: start..<end)
                if lineStart > 0 && line.underline == nil && line.listMarker == nil { last = lineStart }
                lineStart = index + 1
            }
        }
        scanned = bytes.count
    }

    /// The first `count` bytes were handed on (always up to the start of a line, so a cut past what
    /// was looked at leaves nothing looked at, starting a line).
    mutating func drop(_ count: Int) {
        lineStart = Swift.max(0, lineStart - count)
        scanned = Swift.max(0, scanned - count)
        last = last > count ? last - count : 0
    }
}
