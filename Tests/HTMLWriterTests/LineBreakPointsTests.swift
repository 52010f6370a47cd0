@testable import HTMLWriter
import Testing

/// Hyphenated words are kept whole and addresses break only after / . @ and -.
@Suite struct LineBreakPointsTests {
    @Test func aHyphenatedWordIsKeptWholeWithItsPunctuationOutside() {
        #expect(LineBreakPoints.pieces(of: "This is called co-production.") == [
            .text("This is called "), .hyphenated("co-production"), .text("."),
        ])
        #expect(LineBreakPoints.pieces(of: "a one-to-one, 24-hour line") == [
            .text("a "), .hyphenated("one-to-one"), .text(", "), .hyphenated("24-hour"), .text(" line"),
        ])
    }

    @Test func anAddressBreaksOnlyAfterItsSeparators() {
        #expect(LineBreakPoints.pieces(of: "Write to experts@brookfield.example.org today") == [
            .text("Write to "), .address(["experts@", "brookfield.", "example.", "org"]), .text(" today"),
        ])
        #expect(LineBreakPoints.pieces(of: "https://a.example/x-y.") == [
            .address(["https:/", "/", "a.", "example/", "x-", "y"]), .text("."),
        ])
    }

    @Test(arguments: ["Plain words only.", "a - b", "- item", "well-", "", "   ", "Heading 12345", "No stops at all"])
    func ordinaryTextIsLeftAlone(text: String) {
        let pieces = LineBreakPoints.pieces(of: text)
        #expect(pieces.allSatisfy { if case .text = $0 { true } else { false } })
        #expect(pieces.map { if case .text(let t) = $0 { String(t) } else { "" } }.joined() == text)
    }

    @Test(arguments: ["WWW.Example.org", "www.example.org/a", "ann@example.org", "https://example.org"])
    func anAddressIsFoundWhateverItsCase(address: String) {
        let pieces = LineBreakPoints.pieces(of: "Go to \(address) now")
        #expect(pieces.contains { if case .address = $0 { true } else { false } })
    }
}
