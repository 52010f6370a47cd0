import PlainlyModel
import Testing

@testable import PageLayout

/// A line ends a sentence only where the tokeniser would say so (SentenceEnd): easy read lets a
/// line or page break only there, so "Dr." or "e.g." at a line's end must not count.
@Suite struct LineBreakerSentenceTests {
    /// 5 pt a character at 10 pt, so a line 100 pt wide holds 20 characters.
    let breaker = LineBreaker(measurer: CachedMeasurer(FixedAdvanceMeasurer()), size: Points(10))

    func ends(_ text: String) -> [String: Bool] {
        var diagnostics: [Diagnostic] = []
        let lines = breaker.lines(
            for: [.text(text)], width: Points(100), weight: .regular,
            location: SourceLocation(file: "guide.md", line: 1, column: 1), diagnostics: &diagnostics)
        return Dictionary(uniqueKeysWithValues: lines.map { ($0.runs.map(\.text).joined().droppingLineEndSpace(), $0.endsSentence) })
    }

    @Test func anAbbreviationAtALineEndIsNotASentenceEnd() {
        // Each line holds 20 characters: the first ends at "Dr.", the second at "etc.".
        #expect(ends("You can see Ward Dr. Patel and forms etc. Then we go home.") == [
            "You can see Ward Dr.": false, "Patel and forms etc.": true, "Then we go home.": true,
        ])
    }

    @Test func anAbbreviationThatEndsOnlyBeforeACapitalWaitsForTheNextWord() {
        #expect(ends("Bring the forms etc. and a pen.") == ["Bring the forms etc.": false, "and a pen.": true])
    }
}

