import Foundation
import PlainlyModel
import Testing

@testable import PageLayout

/// The space where a line wraps stays in the line's text, so the PDF's text (what a screen reader,
/// a search and copy-and-paste get) keeps the words apart, and takes no width, so nothing drawn moves.
@Suite struct LineBreakerSpaceTests {
    /// 5 pt a character at 10 pt, so a line 100 pt wide holds 20 characters.
    let breaker = LineBreaker(measurer: CachedMeasurer(FixedAdvanceMeasurer()), size: Points(10))

    func lines(_ inlines: [Inline]) -> [BrokenLine] {
        var diagnostics: [Diagnostic] = []
        return breaker.lines(
            for: inlines, width: Points(100), weight: .regular,
            location: SourceLocation(file: "guide.md", line: 1, column: 1), diagnostics: &diagnostics)
    }

    @Test func aWrappedLineKeepsItsSpaceWithoutWidth() throws {
        let broken = lines([.text("This guide is for people who use care and support.")])
        let texts = broken.map { $0.runs.map(\.text).joined() }
        #expect(texts.joined() == "This guide is for people who use care and support.")
        #expect(texts.dropLast().allSatisfy { $0.hasSuffix(" ") && !$0.hasSuffix("  ") })
        #expect(texts.last?.hasSuffix(" ") == false, "the paragraph's own end has no space added")
        for line in broken {
            let drawn = line.runs.map(\.text).joined().droppingLineEndSpace()
            #expect(line.width == Points(Double(drawn.count) * 5), "the kept space adds no width")
        }
    }

    @Test func theSpaceJoinsTheLastRunAndAddsNoElement() throws {
        let broken = lines([.text("Read the leaflet "), .strong([.text("before the meeting")]), .text(" starts.")])
        for line in broken {
            #expect(line.runs.allSatisfy { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty },
                    "no run holds only a space")
        }
        #expect(broken.map { $0.runs.map(\.text).joined() }.joined() == "Read the leaflet before the meeting starts.")
    }

    @Test func aWordSplitBecauseItIsTooWideGetsNoSpace() throws {
        let broken = lines([.text(String(repeating: "x", count: 50))])
        #expect(broken.allSatisfy { !$0.runs.map(\.text).joined().contains(" ") })
    }
}

extension String {
    /// The line's words without the space a wrapped line keeps at its end.
    func droppingLineEndSpace() -> String {
        hasSuffix(" ") ? String(dropLast()) : self
    }
}
