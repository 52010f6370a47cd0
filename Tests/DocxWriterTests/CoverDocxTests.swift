import Foundation
import PlainlyModel
import Testing

@testable import DocxWriter

/// The Word file's cover: "Easy read", the cover picture as wide as the text and the logo, each with
/// its alt text, in the order every format uses.
@Suite struct CoverDocxTests {
    static func realized(logo: String = "logo.svg") -> RealizedDocument {
        let metadata = Metadata(
            title: "Your care review", profile: .easyRead, date: CalendarDate(year: 2026, month: 11, day: 23),
            authors: ["Amira Khan"],
            cover: Sample.picture("cover.svg", .description("People round a table")),
            logo: Sample.picture(logo, .description("Riverside Advocacy")))
        let part = Part(title: "About us", anchor: "about-us", blocks: [Sample.paragraph("Hello.")])
        let pictures = SourcePictures(["cover.svg": .success(Sample.svg(width: 200, height: 100)), "logo.svg": .success(Sample.svg(width: 300, height: 100))])
        return RealizedDocument(Document(metadata: metadata, parts: [part]), pictures: pictures, name: "guide")
    }

    @Test func theCoverPictureAndLogoCarryTheirAltText() throws {
        let file = try DocxFile(Self.realized())
        let docPr = file.tags("wp:docPr")
        #expect(docPr.count == 2)
        #expect(docPr[0].contains(#"descr="People round a table""#))
        #expect(docPr[1].contains(#"descr="Riverside Advocacy""#))
        // The cover picture is as wide as the text; the logo is a share of it.
        let extents = file.tags("wp:extent")
        let textWidth = PaperSize.a4.size.width.value - 2 * DocxProfile.easyRead.margin.value
        #expect(extents.first == #"<wp:extent cx="\#(Points(textWidth).emu)" cy="\#(Points(textWidth / 2).emu)"/>"#)
        #expect(extents.last?.contains(#"cx="\#(Points(textWidth * BodyWriter.logoWidthShare).emu)""#) == true)
        let document = file.document
        let order = ["Easy read", "People round a table", "23 November 2026", "Riverside Advocacy", "Made by"]
        let positions = order.compactMap { document.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count && positions == positions.sorted())
    }

    /// As in the PDF, who made it starts the inside of the cover, and the contents share that page:
    /// the first part is on page 3, and its entry says so before Word updates the field.
    @Test func whoMadeItAndTheContentsShareTheInsideOfTheCover() throws {
        var realized = Self.realized()
        let parts = (1...5).map { Part(title: "Part \($0)", anchor: "part-\($0)", blocks: [Sample.paragraph("Hello.")]) }
        realized = RealizedDocument(
            Document(metadata: realized.document.metadata, parts: parts), pictures: realized.pictures, name: "guide")
        let file = try DocxFile(realized)
        // Each body paragraph's XML, in order (the writer opens every paragraph with a bare <w:p>).
        let paragraphs = file.document.components(separatedBy: "<w:p>").dropFirst().map { String($0) }
        let madeBy = try #require(paragraphs.firstIndex { $0.contains("Made by") })
        #expect(paragraphs[madeBy].contains("<w:pageBreakBefore/>"))
        let firstPart = try #require(paragraphs.firstIndex { $0.contains(">Part 1<") && !$0.contains("PAGEREF") && !$0.contains("HYPERLINK") && $0.contains("Heading") })
        #expect(paragraphs[firstPart].contains("<w:pageBreakBefore/>"))
        // Nothing between them starts a page: the contents share the inside of the cover.
        #expect(!paragraphs[(madeBy + 1)..<firstPart].contains { $0.contains("<w:pageBreakBefore/>") })
        #expect(file.document.contains(">3</w:t>"), "the first part's cached page number")
    }

    /// A tall cover picture leaves room on the first page for the title, the dates and the logo.
    @Test func aTallCoverIsLimitedToAThirdOfThePage() throws {
        var realized = Self.realized()
        var pictures = realized.pictures
        pictures.set(.success(Sample.svg(width: 100, height: 400)), for: "cover.svg")
        realized = RealizedDocument(realized.document, pictures: pictures, name: "guide")
        let extent = try #require(try DocxFile(realized).tags("wp:extent").first)
        let textHeight = PaperSize.a4.size.height.value - 2 * DocxProfile.easyRead.margin.value
        #expect(extent.contains(#"cy="\#(Points(textHeight * BodyWriter.tallestCoverFraction).emu)""#))
    }

    @Test func aMissingLogoIsASlot() throws {
        let file = try DocxFile(Self.realized(logo: "gone.svg"))
        #expect(file.tags("wp:docPr").count == 1)
        #expect(file.document.contains("Picture to add: Riverside Advocacy"))
    }
}
