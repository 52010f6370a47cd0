@testable import DocumentReaders
import Testing

/// What one line of plain text says about the structure: list markers, headings, underlines.
@Suite struct PlainTextLineTests {
    /// Looks at `text` as a line without its indentation.
    func look<T>(_ text: String, _ body: (PlainTextLine) -> T) -> T {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { body(PlainTextLine(bytes: $0, text: 0..<$0.count)) }
    }

    @Test(arguments: [
        ("- a", false, 2), ("* a", false, 2), ("• a", false, 2), ("· a", false, 2),
        ("1. a", true, 3), ("12) a", true, 4), ("999. a", true, 5),
    ])
    func listMarkers(line: String, isNumbered: Bool, columns: Int) {
        let marker = look(line) { $0.listMarker }
        #expect(marker?.isNumbered == isNumbered)
        #expect(marker?.columns == columns)
        // The marker's bytes end just before the item's text.
        #expect(marker.map { Array(line.utf8)[$0.length...] } == Array("a".utf8)[...])
    }

    @Test(arguments: ["-a", "1.5 million", "1000. a", "2026) a", "•a", "Mr. Smith", "—  a"])
    func notListMarkers(line: String) {
        #expect(look(line) { $0.listMarker } == nil)
    }

    @Test(arguments: [
        ("What happens next", true), ("Money for carers  ", true), ("We reply within 10 days.", false),
        ("Dear members,", false), ("Please note:", false), ("One two three four five six seven eight nine ten", true),
        ("One two three four five six seven eight nine ten eleven", false),
    ])
    func headingLike(line: String, expected: Bool) {
        #expect(look(line) { $0.isHeadingLike } == expected)
    }

    @Test func underlinesAndWidths() {
        #expect(look("=====") { $0.underline } == 61)
        #expect(look("- - -") { $0.underline } == 45)
        #expect(look("==-") { $0.underline } == nil)
        // Characters, not bytes; trailing spaces left out.
        #expect(look("Café £4.50  ") { $0.width } == 10)
        #expect(look("Organisation’s work") { $0.firstWordWidth } == 14)
    }
}
