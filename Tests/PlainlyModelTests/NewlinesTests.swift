import PlainlyModel
import Testing

/// `Newlines.count` reads eight bytes at a time; it must count exactly what a byte loop counts. Used by
/// the long-text reader (DocumentReaders) and the syllable table's loader (Readability).
@Suite struct NewlinesTests {
    @Test(arguments: [
        "", "no newline", "\n", "\n\n\n", "exactly8\n", "1234567\n1234567\n", "tail after a full word\nx",
        "é\nà\n€\n…\n", "\r\n\r\n", String(repeating: "line\n", count: 37),
    ])
    func newlinesAreCountedLikeAByteLoop(text: String) {
        let bytes = Array(text.utf8)
        let counted = bytes.withUnsafeBufferPointer { Newlines.count(in: $0) }
        #expect(counted == bytes.filter { $0 == 10 }.count)
    }

    @Test func bytesNearANewlineAreNotCounted() {
        // 0x0B and 0x8A differ from a newline by one bit, and 0x09 sits just below it: none may be
        // counted, wherever it falls in an eight-byte word.
        for lead in 0..<16 {
            var bytes = [UInt8](repeating: 0x41, count: lead) + [0x0B, 0x8A, 0x09, 0x0A, 0xFF, 0x00, 0x0A]
            bytes += [UInt8](repeating: 0x0A, count: lead % 3)
            let counted = bytes.withUnsafeBufferPointer { Newlines.count(in: $0) }
            #expect(counted == bytes.filter { $0 == 10 }.count, "lead \(lead)")
        }
    }
}
