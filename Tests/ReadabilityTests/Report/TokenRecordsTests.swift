import Testing

@testable import Readability

/// `--tokens` writes each word's kind from fixed text; it must say what the model's kind says.
@Suite struct TokenRecordsTests {
    @Test func eachKindIsWrittenAsItsName() {
        for (number, kind) in TokenRecords.wordKinds.enumerated() {
            let piece = TokenRecords.WordPieces.kind(number)
            let written = String(decoding: UnsafeBufferPointer(start: piece.utf8Start, count: piece.utf8CodeUnitCount), as: UTF8.self)
            #expect(written == "\"\(kind.rawValue)\"")
            #expect(TokenRecords.wordKindNumber(kind) == UInt8(number))
        }
    }
}
