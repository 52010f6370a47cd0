import Foundation
import DocumentReaders
import PlainlyModel
import Readability
import Testing

/// The .html and .txt readers keep no stack and never recurse, so nesting cannot exhaust memory or
/// the stack: they need no depth limit, only the whole-input budget (`InputLimits.maximumInputBytes`,
/// kept by `InputFile`). These hold them to that.
@Suite struct TextReaderLimitsTests {
    /// 100,000 nested elements, and a tag and an attribute that never close, read as text at once.
    @Test func deepOrUnclosedHTMLReadsInOnePass() {
        let depth = 100_000
        let html = String(repeating: "<div><em>", count: depth) + "Deep text." + String(repeating: "</em></div>", count: depth)
            + "<p>After.</p><p title=\"never closed>Lost"
        let clock = ContinuousClock()
        var document: Document?
        let elapsed = clock.measure { document = HTMLTextReader().read(html, file: "deep.html") }
        #expect(elapsed < .seconds(10))
        let units = UnitCollector.units(of: document!)
        #expect(units.map(\.text) == ["Deep text.", "After."])
    }

    /// A million list markers and hashes in a row: one pass, no nesting kept.
    @Test func manyMarkersInPlainTextReadInOnePass() {
        let text = String(repeating: "- ", count: 500_000) + "item\n" + String(repeating: "#", count: 500_000) + " heading\n"
        let document = PlainTextReader().read(text, file: "marks.txt")
        #expect(UnitCollector.units(of: document).count == 2)
    }
}
