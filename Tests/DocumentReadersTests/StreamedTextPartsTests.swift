@testable import DocumentReaders
import PlainlyModel
import PlainlyTestSupport
import Testing

/// A text read line by line with no blank line in it (a web page saved as text) still comes in
/// bounded pieces, cut only where the whole text's blocks end, so the pieces read as the whole does.
@Suite struct StreamedTextPartsTests {
    struct Chunks: IteratorProtocol {
        var bytes: ArraySlice<UInt8>
        let size: Int

        mutating func next() -> [UInt8]? {
            guard !bytes.isEmpty else { return nil }
            defer { bytes = bytes.dropFirst(size) }
            return Array(bytes.prefix(size))
        }
    }

    func streamed(_ text: String, chunkSize: Int) -> (pieces: [TextPiece], blocks: [Block]) {
        let parts = StreamedTextParts(chunks: Chunks(bytes: Array(text.utf8)[...], size: chunkSize), file: "web.txt")
        let pieces = Array(parts)
        return (pieces, pieces.compactMap { $0.read() }.flatMap(\.blocks))
    }

    @Test(arguments: [61, 4096, 1 << 15])
    func lineByLineTextComesInBoundedPieces(chunkSize: Int) {
        // About 1.4 MB, no blank line; lists and underlined headings all through it.
        let block = PlainTextSamples.webText + "\nSteps\n=====\n- one\n- two\n1. first\n2) second\n"
        let text = String(repeating: block, count: 2_000)
        let whole = PlainTextReader().read(text, file: "web.txt").parts[0].blocks
        let (pieces, blocks) = streamed(text, chunkSize: chunkSize)
        #expect(pieces.count > 10)
        #expect(pieces.allSatisfy { $0.bytes.count <= InputLimits.lineByLinePieceBytes + chunkSize })
        #expect(blocks == whole)
    }

    /// A hard-wrapped text is never cut inside a paragraph: only at blank lines, as before.
    @Test func hardWrappedTextIsCutOnlyAtBlankLines() {
        let text = String(repeating: PlainTextSamples.wrappedEmail + "\n\n", count: 500)
        let (pieces, blocks) = streamed(text, chunkSize: 4096)
        #expect(pieces.count > 1)
        #expect(pieces.dropLast().allSatisfy { $0.bytes.suffix(2).elementsEqual([10, 10]) })
        #expect(blocks == PlainTextReader().read(text, file: "web.txt").parts[0].blocks)
    }
}
