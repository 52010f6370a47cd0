import Foundation
import PageLayout
import PlainlyModel
import PlainlySource
import Testing

@testable import PDFWriter

/// The PDF's cover page: the cover picture and the logo are Figures with their alt text in the
/// structure tree, like every other picture, and "Easy read" is text a screen reader reads.
@Suite struct CoverPageTests {
    static func document(cover: String) -> Document {
        var document = PDFWriterTests.document
        document.metadata.cover = Picture(
            source: .file(written: cover, path: cover), words: .description("People sitting round a table"),
            location: PDFWriterTests.at(2))
        document.metadata.logo = Picture(
            source: .file(written: "pictures/phone.png", path: "pictures/phone.png"),
            words: .description("Riverside Advocacy"), location: PDFWriterTests.at(3))
        return document
    }

    @Test func theCoverAndLogoAreFiguresWithTheirWordsBeforeTheRest() throws {
        let pdf = try PDFWriterTests.render(Self.document(cover: "pictures/meeting.svg")).files[0].contents
        let tree = try TagTreeDump.render(pdf)
        let figures = tree.split(separator: "\n").filter { $0.contains("Figure") }.map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(Array(figures.prefix(2)) == [
            "Figure alt=\"People sitting round a table\" content=1", "Figure alt=\"Riverside Advocacy\" content=1",
        ])
        let text = try #require(String(data: pdf, encoding: .isoLatin1))
        #expect(text.contains("/Alt"))
        let pages = try PDFFile(pdf: pdf).pages
        #expect(pages.count >= 3)
    }

    @Test func aMissingCoverIsASlotAndAWarningNamingIt() throws {
        let output = try PDFWriterTests.render(Self.document(cover: "pictures/gone.svg"))
        let warning = try #require(output.diagnostics.first { $0.id == "missing-picture" && $0.location?.line == 2 })
        #expect(warning.message.contains("pictures/gone.svg"))
        let figures = try TagTreeDump.render(output.files[0].contents).split(separator: "\n").filter { $0.contains("Figure") }
        #expect(!figures.contains { $0.contains("People sitting round a table") })
    }
}
