import Foundation
import PlainlyModel
import PlainlySource
import PlainlyTestSupport
import Testing
@testable import TextWriter

@Suite struct TextWriterTests {
    let document: Document

    init() throws {
        document = try SourceReader().read(at: Fixtures.everyConstruct).document
    }

    @Test func everyConstructMatchesGolden() {
        let outcome = Golden.compare(TextWriter().render(document), named: "every-construct.txt")
        #expect(outcome.passed, "\(outcome.message)")
    }

    @Test func withoutPicturesMatchesGolden() {
        let text = TextWriter(options: .init(width: 40, includePictures: false)).render(document)
        let outcome = Golden.compare(text, named: "every-construct-40-no-pictures.txt")
        #expect(outcome.passed, "\(outcome.message)")
        #expect(!text.contains("[Picture"))
    }

    @Test(arguments: [20, 30, 40, 72, 100])
    func noLineIsLongerThanTheWidthUnlessOneWordIs(width: Int) {
        let text = TextWriter(options: .init(width: width)).render(document)
        for line in text.split(separator: "\n") where line.count > width {
            #expect(!line.trimmingCharacters(in: .whitespaces).contains(" "),
                    "line over \(width) columns that could have been wrapped: \(line)")
        }
    }

    @Test func slotsShowWhatPictureIsWanted() {
        let text = TextWriter().render(document)
        #expect(text.contains("[Picture to add: A phone ringing]"))
        #expect(text.contains("[Picture: A group of people sitting round a table]"))
        #expect(!text.contains("decorative"))
    }

    @Test func draftDocumentsSaySoAtTheTop() {
        let text = TextWriter().render(document)
        #expect(text.hasPrefix("Draft – not yet agreed."))
    }

    @Test func outputHasNoTrailingSpacesAndEndsWithOneNewline() {
        let text = TextWriter().render(document)
        #expect(!text.contains(" \n"))
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
    }
}

@Suite struct LineWrapperTests {
    @Test func neverBreaksAWordOrAnAddress() {
        let wrapper = LineWrapper(width: 20)
        let lines = wrapper.wrap("Visit https://example.org/a/very/long/address/indeed today")
        #expect(lines == ["Visit", "https://example.org/a/very/long/address/indeed", "today"])
    }

    @Test func hangingIndentForContinuationLines() {
        let lines = LineWrapper(width: 16).wrap("one two three four five", firstIndent: "1. ", indent: "   ")
        #expect(lines == ["1. one two three", "   four five"])
    }

    @Test func emptyTextGivesNoLines() {
        #expect(LineWrapper(width: 10).wrap("   ").isEmpty)
    }
}
