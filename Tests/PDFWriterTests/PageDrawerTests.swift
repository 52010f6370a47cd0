import CairoGraphics
import Foundation
import PageLayout
import PlainlyModel
import Testing

@testable import PDFWriter

/// What the drawer records for links, and inputs that once grew the PDF with the square of their size.
@Suite struct PageDrawerTests {
    @Test func aLinksWordsAreGatheredOverItsLinesAsBefore() {
        var description = ""
        PageDrawer.append("our web", to: &description)
        PageDrawer.append(" page", to: &description)
        #expect(description == "our web page")
    }

    @Test func aLinksWordsStopAtTheLongestDescription() {
        var description = ""
        let line = String(repeating: "w", count: 30)
        for index in 0..<100 { PageDrawer.append(index == 0 ? line : " " + line, to: &description) }
        #expect(description.count == PageDrawer.longestLinkWords + 1)
        #expect(description.hasSuffix("…"))
        #expect(description.hasPrefix(line + " " + line))
        let full = description
        PageDrawer.append(" more", to: &description)
        #expect(description == full)
    }

    @Test(arguments: [("heading-12", "heading-12"), ("it's", "it\\'s"), ("a\\b", "a\\\\b"), ("", "")])
    func tagAttributesEscapeOnlyQuotesAndBackslashes(value: String, escaped: String) {
        #expect(TagAttributes.escape(value) == escaped)
    }

    @Test func onlyFiguresAndHeaderCellsNeedTheStructureTreeWalked() {
        var record = PageDrawer.Record()
        #expect(!record.needsElementWalk)
        record.marks = [ElementMark(kind: .tableHeader, identity: ContentIdentity(page: 0, mcid: 3))]
        #expect(record.needsElementWalk)
        record = PageDrawer.Record()
        record.marks = [ElementMark(kind: .figure(alternateText: "People at a meeting"), identity: ContentIdentity(page: 1, mcid: 0))]
        #expect(record.needsElementWalk)
    }

    /// Every link annotation's /Contents, in page order.
    func linkDescriptions(_ pdf: Data) throws -> [String] {
        let document = try PDFFile(pdf: pdf)
        var found: [String] = []
        for page in document.pages {
            for annotation in document.object(page)["Annots"]?.items ?? [] {
                guard let number = annotation.referenceValue else { continue }
                if let contents = document.object(number)["Contents"]?.textValue { found.append(contents) }
            }
        }
        return found
    }

    @Test func aLinkOverManyLinesCarriesABoundedDescriptionOnEachLine() throws {
        let words = Array(repeating: "word", count: 2_000).joined(separator: " ")
        let document = Document(metadata: Metadata(title: "Long link", profile: .plain), parts: [Part(blocks: [
            .paragraph(Paragraph(inlines: [.link("https://example.org/", [.text(words)])], location: PDFWriterTests.at(3))),
        ])])
        let output = try PDFWriterTests.render(document)
        let descriptions = try linkDescriptions(output.files[0].contents)
        #expect(descriptions.count > 100, "one annotation a line")
        #expect(descriptions.allSatisfy { $0.count == PageDrawer.longestLinkWords + 1 && $0.hasPrefix("word word") })
    }

    /// A contents entry's title and its page number, on one line and going to one place, are one
    /// link with one annotation (two made a long contents page's file a third larger and slower).
    @Test func aContentsEntryIsOneLink() throws {
        let parts = ["Who we are", "What we do", "How to join"].enumerated().map { index, title in
            Part(title: title, anchor: "part-\(index)", blocks: [
                .paragraph(Paragraph(inlines: [.text("Words about \(title.lowercased()).")], location: PDFWriterTests.at(index + 3))),
            ], location: PDFWriterTests.at(index + 2))
        }
        let document = Document(metadata: Metadata(title: "Contents", profile: .largePrint), parts: parts)
        let output = try PDFWriterTests.render(document, options: .init(fontsDirectory: PDFWriterTests.fonts, includeContents: true))
        let descriptions = try linkDescriptions(output.files[0].contents)
        #expect(descriptions.count == 3)
        for (description, title) in zip(descriptions, ["Who we are", "What we do", "How to join"]) {
            #expect(description.hasPrefix(title + " page "))
        }
    }

    @Test func aHugeAddressIsDrawnAsTextWithoutALink() throws {
        let address = "https://example.org/" + String(repeating: "abc/", count: 4_096)
        let document = Document(metadata: Metadata(title: "Huge address", profile: .plain), parts: [Part(blocks: [
            .paragraph(Paragraph(inlines: [.text("Go to "), .link(address, [.text(address)])], location: PDFWriterTests.at(3))),
        ])])
        let output = try PDFWriterTests.render(document)
        #expect(try linkDescriptions(output.files[0].contents).isEmpty)
        #expect(output.diagnostics.contains { $0.id == "link-too-long" && $0.location?.line == 3 })
    }

    @Test func aLetterWithThousandsOfMarksIsDrawnWithTheFirstFew() throws {
        let document = Document(metadata: Metadata(title: "Marks", profile: .plain), parts: [Part(blocks: [
            .paragraph(Paragraph(inlines: [.text("Here is e" + String(repeating: "\u{301}", count: 64_000) + " once.")],
                                 location: PDFWriterTests.at(3))),
        ])])
        let output = try PDFWriterTests.render(document)
        #expect(output.files.count == 1)
        #expect(output.diagnostics.map(\.id).contains("too-many-marks"))
    }
}
