import PlainlyModel

/// Part of the reading layer (`DocumentReaders`), shared by `plainly check` and `plainly import`:
/// text in, content model out, knowing nothing of the checker.
///
/// Plain text read a chunk at a time (from a file, say) and handed on as pieces, each ending at a blank
/// line, so neither the whole text nor its whole content model is ever in memory. Each piece knows the line
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
            let cut = exhausted ? carry.count : Self.endOfLastBlankLine(carry)
            if cut == 0 {
                if exhausted { return nil }
                continue
            }
            let piece = Array(carry[0..<cut])
            carry.removeFirst(cut)
            if let place = UTF8Check.firstInvalidPlace(piece, firstLine: line) {
                isValidUTF8 = false
                firstInvalidPlace = place
                return nil
            }
            let first = line
            line += piece.withUnsafeBufferPointer { Newlines.count(in: $0) }
            return TextPiece(bytes: piece, file: file, firstLine: first)
        }
        return nil
    }

    /// Just after the last blank line ("\n\n" or "\n\r\n"), or 0 when there is none.
    static func endOfLastBlankLine(_ bytes: [UInt8]) -> Int {
        var index = bytes.count - 1
        while index >= 1 {
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

    public func read() -> Part? {
        let blocks = bytes.withUnsafeBufferPointer { buffer in
            var scanner = PlainTextReader.Scanner(bytes: buffer, file: file)
            _ = scanner.run(from: 0, line: firstLine, maxBlocks: .max)
            return scanner.blocks
        }
        if blocks.isEmpty { return nil }
        return Part(blocks: blocks, location: SourceLocation(file: file, line: 1, column: 1))
    }
}
