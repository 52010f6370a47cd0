import PlainlyModel
import Testing

@testable import PageLayout

/// Inputs that once took time growing with the square of their size: a very long word, a letter
/// with thousands of marks, a link to a huge address, a document of nothing but headings. These
/// check what comes out; how long it takes is measured by scripts/bench-scale.
@Suite struct LineBreakerScaleTests {
    /// 5 pt a character at 10 pt, so a line 100 pt wide holds 20 characters.
    let breaker = LineBreaker(measurer: CachedMeasurer(FixedAdvanceMeasurer()), size: Points(10))
    let width = Points(100)
    let location = SourceLocation(file: "guide.md", line: 3, column: 1)

    func lines(_ inlines: [Inline], diagnostics: inout [Diagnostic]) -> [BrokenLine] {
        breaker.lines(for: inlines, width: width, weight: .regular, location: location, diagnostics: &diagnostics)
    }

    /// Each line's words, without the space a wrapped line keeps at its end (LineBreakerSpaceTests).
    func texts(_ lines: [BrokenLine]) -> [String] {
        lines.map { $0.runs.map(\.text).joined().droppingLineEndSpace() }
    }

    @Test func aWordWiderThanTheLineIsSplitWhereTheLineIsFull() {
        var diagnostics: [Diagnostic] = []
        let word = String(repeating: "x", count: 50)
        let broken = lines([.text("Go \(word) end.")], diagnostics: &diagnostics)
        #expect(texts(broken) == ["Go", String(repeating: "x", count: 20), String(repeating: "x", count: 20),
                                  String(repeating: "x", count: 10) + " end."])
        #expect(broken.map(\.width) == [Points(10), Points(100), Points(100), Points(75)])
        #expect(broken.map(\.endsSentence) == [false, false, false, true])
        #expect(diagnostics.map(\.id) == ["word-too-wide"])
    }

    @Test func aWordOfManyPiecesIsSplitLikeOneOfOnePiece() {
        var diagnostics: [Diagnostic] = []
        let pieces: [Inline] = (0..<25).map { _ in .text("ab") }
        let broken = lines(pieces, diagnostics: &diagnostics)
        #expect(texts(broken) == [String(repeating: "ab", count: 10), String(repeating: "ab", count: 10),
                                  String(repeating: "ab", count: 5)])
    }

    @Test func a64KilobyteTokenFillsEveryLineButTheLast() {
        var diagnostics: [Diagnostic] = []
        let token = String(repeating: "abcdefgh", count: 8 * 1024)
        let broken = lines([.text(token)], diagnostics: &diagnostics)
        #expect(broken.count == (65_536 + 19) / 20)
        #expect(broken.dropLast().allSatisfy { $0.runs.count == 1 && $0.runs[0].text.count == 20 })
        #expect(broken.last?.runs.first?.text.count == 65_536 % 20)
        #expect(texts(broken).joined() == token)
        // The message quotes the start of the word, not all 64 KB of it.
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first.map { $0.message.utf8.count < 200 } == true)
    }

    @Test func marksPastTheLimitAreLeftOutAndReported() {
        var diagnostics: [Diagnostic] = []
        let accent = "\u{301}"
        let broken = lines([.text("Here is e" + String(repeating: accent, count: 64_000) + " once.")],
                           diagnostics: &diagnostics)
        let kept = "e" + String(repeating: accent, count: CombiningMarkLimit.mostInARow)
        #expect(texts(broken) == ["Here is \(kept) once."])
        #expect(diagnostics.map(\.id) == ["too-many-marks"])
        #expect(diagnostics.first?.message.contains("\(64_000 - CombiningMarkLimit.mostInARow) of them") == true)
        #expect(diagnostics.first?.location == location)
    }

    @Test func marksWithinTheLimitAreKeptEvenWhenSplitOverPieces() {
        var diagnostics: [Diagnostic] = []
        let half = String(repeating: "\u{301}", count: CombiningMarkLimit.mostInARow / 2)
        let broken = lines([.text("e" + half), .strong([.text(half)]), .text(" and ậ ü")], diagnostics: &diagnostics)
        #expect(texts(broken).joined(separator: " ") == "e" + half + half + " and ậ ü")
        #expect(diagnostics.isEmpty)
        // One more, in the next piece, is one too many.
        var more: [Diagnostic] = []
        let over = lines([.text("e" + half), .strong([.text(half + "\u{301}")])], diagnostics: &more)
        #expect(texts(over) == ["e" + half + half])
        #expect(more.first?.message.contains("so 1 of them") == true)
    }

    @Test(arguments: [LineBreaker.longestLinkAddress - 20, LineBreaker.longestLinkAddress - 19])
    func aLinkIsALinkUpToTheLongestAddress(pathLength: Int) {
        var diagnostics: [Diagnostic] = []
        let address = "https://example.org/" + String(repeating: "a", count: pathLength)
        let broken = lines([.link(address, [.text("our page")])], diagnostics: &diagnostics)
        let tags = broken.flatMap(\.runs).map(\.tag)
        if address.utf8.count <= LineBreaker.longestLinkAddress {
            #expect(tags == [.link(.uri(address))])
            #expect(diagnostics.isEmpty)
        } else {
            #expect(tags == [nil])
            #expect(diagnostics.map(\.id) == ["link-too-long"])
        }
    }

    @Test func aHugeLinkedAddressIsDrawnAsPlainText() {
        var diagnostics: [Diagnostic] = []
        let address = "https://example.org/" + String(repeating: "a", count: 64 * 1024)
        let broken = lines([.text("See "), .link(address, [.text(address)])], diagnostics: &diagnostics)
        #expect(broken.count > 3_000)
        #expect(broken.allSatisfy { line in line.runs.allSatisfy { $0.tag == nil } })
        #expect(diagnostics.map(\.id) == ["link-too-long", "word-too-wide"])
    }

    @Test func aDocumentOfManyHeadingsIsLaidOutWithItsContents() throws {
        let count = 5_000
        let headings = (1...count).map { Samples.heading("Heading \($0)", level: 2, anchor: "h\($0)", line: $0 * 2) }
        let document = Document(metadata: Metadata(title: "Headings", profile: .largePrint),
                                parts: [Part(blocks: headings)])
        let result = try DocumentLayout(profile: .largePrint, measurer: FixedAdvanceMeasurer()).layout(document)
        #expect(result.anchorPages.count >= count)
        // Laid out again only once, when the contents page turns out to be needed; the page numbers
        // are written in, not laid out.
        #expect(result.passes <= 2)
        // Every heading landed on a page no earlier than the one before it.
        let pages = (1...count).compactMap { result.anchorPages["h\($0)"] }
        #expect(pages.count == count)
        #expect(zip(pages, pages.dropFirst()).allSatisfy { $0 <= $1 })
    }
}
