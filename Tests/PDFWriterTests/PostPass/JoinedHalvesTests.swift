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
}
