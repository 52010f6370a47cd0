@testable import DocumentReaders
import PlainlyTestSupport
import Testing

/// Whether a plain text's lines were wrapped by a mail program, told from its first lines only.
@Suite struct PlainTextShapeTests {
    @Test func anEmailWrappedAt72ColumnsIsHardWrapped() {
        let shape = PlainTextShape(of: PlainTextSamples.wrappedEmail)
        #expect(shape.isHardWrapped)
        #expect(shape.width == 72)
    }

    @Test(arguments: [
        PlainTextSamples.webText,
        // Short lines only: an easy-read text, a poem, an address. Nothing says it was wrapped.
        "Do it.\nIt will make you feel good.\nAsk us\n",
        // Long lines that each end a sentence, as a person writes one paragraph a line.
        String(repeating: "This is one whole paragraph on its own line, which ends as it should.\n", count: 6),
        "",
    ])
    func textWithLinesThatWereNotWrappedIsReadLineByLine(text: String) {
        #expect(!PlainTextShape(of: text).isHardWrapped)
    }

    /// Lines far wider than any mail program wraps at say the text was never wrapped; one in ten of
    /// the long lines (a web address, a table's row) is allowed, and does not count as the width.
    @Test func overlongLinesMeanNotWrappedUnlessFew() {
        let address = "See " + String(repeating: "https://www.example.org/carers/", count: 4) + "guidance\n"  // 136 characters
        #expect(!PlainTextShape(of: PlainTextSamples.wrappedEmail + "\n\n" + address).isHardWrapped, "1 of 7 long lines")
        let longer = String(repeating: PlainTextSamples.wrappedEmail + "\n\n", count: 2) + address
        let shape = PlainTextShape(of: longer)
        #expect(shape.isHardWrapped, "1 of 13 long lines")
        #expect(shape.width == 72)
    }

    /// Only the first `wrapEvidenceLines` lines with text count: a wrapped email after 200 short
    /// lines is read as the start says.
    @Test func onlyTheFirstLinesAreLookedAt() {
        let start = String(repeating: "A short line\n\n", count: InputLimits.wrapEvidenceLines)
        #expect(!PlainTextShape(of: start + PlainTextSamples.wrappedEmail).isHardWrapped)
        // One line fewer and the email's lines are seen.
        let shorter = String(repeating: "A short line\n\n", count: InputLimits.wrapEvidenceLines - 12)
        #expect(PlainTextShape(of: shorter + PlainTextSamples.wrappedEmail).isHardWrapped)
    }

    /// Only the first `wrapEvidenceBytes` count: wrapped lines past them are never looked at.
    @Test func onlyTheFirstBytesAreLookedAt() {
        let blankLines = String(repeating: "\n", count: InputLimits.wrapEvidenceBytes - 100)
        #expect(!PlainTextShape(of: blankLines + PlainTextSamples.wrappedEmail).isHardWrapped)
        let fewer = String(repeating: "\n", count: InputLimits.wrapEvidenceBytes - 1_000)
        #expect(PlainTextShape(of: fewer + PlainTextSamples.wrappedEmail).isHardWrapped)
    }

    /// A streamed text holds no more than the window and one chunk before it hands on its first
    /// piece, however long the text, and decides as the whole text does.
    @Test func streamedTextDecidesAfterABoundedRead() {
        final class Pulled { var bytes = 0 }
        struct CountingChunks: IteratorProtocol {
            static let size = 4096
            let bytes: [UInt8]
            let pulled: Pulled
            mutating func next() -> [UInt8]? {
                let start = pulled.bytes
                guard start < bytes.count else { return nil }
                pulled.bytes = min(start + Self.size, bytes.count)
                return Array(bytes[start..<pulled.bytes])
            }
        }
        let text = String(repeating: PlainTextSamples.wrappedEmail + "\n\n", count: 2_000)  // about 1.2 MB
        let pulled = Pulled()
        let parts = StreamedTextParts(chunks: CountingChunks(bytes: Array(text.utf8), pulled: pulled), file: "long.txt")
        #expect(parts.next() != nil)
        #expect(pulled.bytes <= InputLimits.wrapEvidenceBytes + CountingChunks.size)
        #expect(parts.shape == PlainTextShape(of: text))
        #expect(parts.shape?.isHardWrapped == true)
    }

    /// A text exactly as long as the window, its last line without a newline: a stream cannot know it
    /// ends there, so neither reading counts that line, and both judge alike.
    @Test func aTextAsLongAsTheWindowIsJudgedAlikeStreamedOrWhole() {
        let line = String(repeating: "word ", count: 14) + "and"  // 73 characters, stopping mid-sentence
        let lines = "\n" + line + "\n" + line
        let text = String(repeating: "\n", count: InputLimits.wrapEvidenceBytes - lines.utf8.count) + lines
        #expect(text.utf8.count == InputLimits.wrapEvidenceBytes)
        let whole = PlainTextShape(of: text)
        #expect(!whole.isHardWrapped, "one long line counted, not two")
        struct Chunks: IteratorProtocol {
            var bytes: ArraySlice<UInt8>
            mutating func next() -> [UInt8]? {
                guard !bytes.isEmpty else { return nil }
                defer { bytes = bytes.dropFirst(4096) }
                return Array(bytes.prefix(4096))
            }
        }
        let parts = StreamedTextParts(chunks: Chunks(bytes: Array(text.utf8)[...]), file: "edge.txt")
        _ = parts.next()
        #expect(parts.shape == whole)
        // One byte shorter, the whole text fits in the window, so its last line counts too.
        #expect(PlainTextShape(of: String(text.dropFirst())).isHardWrapped)
    }
}
