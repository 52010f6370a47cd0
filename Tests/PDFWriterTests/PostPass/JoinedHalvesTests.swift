import Foundation
import Testing

@testable import PDFWriter

/// The two halves' named destinations become one name tree, in the order of the names' bytes.
@Suite struct JoinedHalvesTests {
    @Test func twoOrderedNameListsMergeInByteOrder() {
        let first: [JoinedHalves.Name] = [("contents", .integer(1)), ("section-10", .integer(2)), ("section-3", .integer(3))]
        let second: [JoinedHalves.Name] = [("Zebra", .integer(4)), ("section-2", .integer(5)), ("section-4", .integer(6)), ("\u{E9}t\u{E9}", .integer(7))]
        let joined = JoinedHalves.merged(first, second)
        // Capitals before small letters, "1" before "2" whatever follows, bytes above 127 last.
        #expect(joined.map(\.key) == ["Zebra", "contents", "section-10", "section-2", "section-3", "section-4", "\u{E9}t\u{E9}"])
        #expect(joined.map(\.destination) == [4, 1, 2, 5, 3, 6, 7].map { PDFValue.integer($0) })
    }

    /// A second half that is not what Cairo writes is an error, never a half-joined file (the
    /// writer then draws the pages on one surface).
    @Test func aDamagedSecondHalfIsAnError() throws {
        let pdf = [UInt8](try PDFWriterTests.render().files[0].contents)
        #expect(throws: PDFWriterError.self) { try JoinedHalves.join(pdf, Array("%PDF-1.7 not a file".utf8)) }
        // A file with no structure tree joined to one with: refused.
        // The same length, so every offset in the file still holds.
        var untagged = pdf
        let key = Array("/StructTreeRoot".utf8)
        for start in 0...(untagged.count - key.count) where untagged[start..<(start + key.count)].elementsEqual(key) {
            untagged[start + key.count - 1] = UInt8(ascii: "X")
        }
        #expect(try PDFFile(bytes: untagged).object(PDFFile(bytes: untagged).catalog)["StructTreeRoot"] == nil)
        #expect(throws: PDFWriterError.self) { try JoinedHalves.join(pdf, untagged) }
    }
}
