import Testing

@testable import DocumentReaders

/// `UTF8Check` decides whether a `.txt` or `.html` file is refused as "not UTF-8", and where: it must
/// agree with Swift's own UTF-8 validation byte for byte, and name the place in characters from 1.
@Suite struct UTF8CheckTests {
    /// Well-formed text, and each way RFC 3629 says bytes are not UTF-8, at every position in an
    /// eight-byte word (the checker skips ASCII eight bytes at a time).
    @Test(arguments: [
        [], Array("plain ASCII, longer than eight bytes".utf8), Array("Café £4.50 — “quoted” 😀".utf8),
        [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF0, 0x80, 0x80, 0x80],
        [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x98],
        [0xC3, 0x41],
    ] as [[UInt8]])
    func agreesWithSwift(bytes: [UInt8]) {
        for lead in 0..<9 {
            let text = [UInt8](repeating: 0x61, count: lead) + bytes + Array(" tail".utf8)
            let swiftSaysValid = String(validating: text, as: UTF8.self) != nil
            #expect(UTF8Check.isValid(text) == swiftSaysValid, "lead \(lead): \(bytes)")
            #expect((UTF8Check.firstInvalidOffset(text) == nil) == swiftSaysValid, "lead \(lead): \(bytes)")
            if !swiftSaysValid { #expect(UTF8Check.firstInvalidOffset(text) == lead, "lead \(lead): \(bytes)") }
        }
    }

    /// The place is the line and the column in characters, so "é" before the bad byte counts once.
    @Test func placeIsCountedInCharacters() {
        let bytes = Array("Fine.\n\nCafé ".utf8) + [0xE9] + Array(" open.\n".utf8)
        #expect(UTF8Check.firstInvalidPlace(bytes)! == (line: 3, column: 6))
        #expect(UTF8Check.firstInvalidPlace(bytes, firstLine: 41)! == (line: 43, column: 6))
        #expect(UTF8Check.firstInvalidPlace(Array("Café\nfine".utf8)) == nil)
    }
}
