import Foundation
import PlainlyModel
import Testing

@testable import Readability

/// The checker's fast core behind a safe boundary: raw buffers never read past their end, whatever
/// the bytes, and nothing holds a pointer into memory that may be freed.
@Suite struct SafeBoundaryTests {
    /// Bytes in a buffer of exactly their size, so AddressSanitizer sees any read past the end.
    func withExactBuffer<R>(_ bytes: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        defer { buffer.deallocate() }
        _ = buffer.initialize(from: bytes)
        return body(UnsafeBufferPointer(buffer))
    }

    /// `"Z\xC3"`: a lead byte that claims more bytes than are left read past the buffer (a
    /// heap-buffer-overflow under AddressSanitizer, a trap in a debug build).
    @Test(arguments: [
        [0x5A, 0xC3], [0xC3], [0x41, 0x20, 0xE2, 0x82], [0x41, 0xF0, 0x9F], [0x43, 0x61, 0x66, 0xE9],
        [0x24, 0xE2], [0x49, 0x74, 0x27, 0xE2, 0x80], [0x61, 0x2D, 0xE2, 0x80], [0x48, 0x69, 0x2E, 0x20, 0xC2],
    ] as [[UInt8]])
    func tokeniserStaysInsideItsBuffer(bytes: [UInt8]) {
        let tokeniser = Tokeniser()
        let sentences = withExactBuffer(bytes) { tokeniser.sentences(in: $0) }
        for sentence in sentences {
            #expect(sentence.range.upperBound <= bytes.count)
            for word in sentence.words { #expect(word.range.upperBound <= bytes.count) }
        }
    }

    @Test func tokeniserReadsACutCharacterAsPartOfItsWord() {
        let sentences = withExactBuffer([0x5A, 0xC3]) { Tokeniser().sentences(in: $0) }
        #expect(sentences.count == 1)
        #expect(sentences.first?.words.map(\.range) == [0..<2])
    }

    /// The public entry takes a String, which Swift keeps as valid UTF-8: bytes that are not become
    /// U+FFFD when the string is made, so nothing unchecked reaches the scanner.
    @Test func publicEntryTakesOnlyValidText() {
        let text = String(decoding: [0x5A, 0xC3], as: UTF8.self)
        #expect(text == "Z\u{FFFD}")
        #expect(Tokeniser().sentences(in: text).first?.words.count == 1)
    }

    /// A lookup keeps the table's buffers alive on its own: it was valid only "while the table lives".
    @Test func lookupOutlivesItsTable() {
        var table: SyllableTable? = SyllableTable(tsv: "carer\t2\ncat\t1\n")
        let lookup = table!.lookup
        weak let gone = table
        table = nil
        #expect(gone == nil)
        let count = withExactBuffer(Array("carer".utf8)) { lookup.syllables(of: $0) }
        #expect(count == 2)
        #expect(withExactBuffer(Array("dog".utf8)) { lookup.syllables(of: $0) } == nil)
    }

    @Test func stringEntriesMatchTheByteOnes() {
        let table = SyllableTable(tsv: "carer\t2\n")
        #expect(table.contains("carer") && !table.contains("dog"))
        #expect(WordLists.shipped.abbreviations.entry(for: "Dr")?.ending == .never)  // "Dr" never ends a sentence
    }

    /// `WordTable` is Sendable only when its values are (checked when this compiles).
    @Test func wordTableIsSendableWhenItsValuesAre() {
        func sendable<T: Sendable>(_ value: T) -> T { value }
        var table = WordTable<Int>()
        table.set(3, for: 42)
        #expect(sendable(table)[42] == 3)
    }
}
