import Foundation
import PageLayout
import PlainlyModel
import PlainlySource
import PlainlyTestSupport
import Testing

@testable import PDFWriter

/// Renders documents built in code with the real fonts and pictures in Fixtures/, and looks inside
/// the PDF that comes out.
@Suite struct PDFWriterTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fonts = repository.appendingPathComponent("Fonts")
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func at(_ line: Int) -> PlainlyModel.SourceLocation { PlainlyModel.SourceLocation(file: "guide.md", line: line, column: 1) }

    static func row(_ path: String?, _ words: String, _ line: Int, decorative: Bool = false) -> Block {
        .easyReadRow(EasyReadRow(
            picture: Picture(source: path.map { .file(written: $0, path: $0) } ?? .slot,
                             words: decorative ? .decorative : .description(words), location: at(line)),
            lines: [TextLine(inlines: [.text("This row shows \(words.lowercased()).")], location: at(line))],
            location: at(line)))
    }

    /// Every kind of picture: SVG, PNG, JPEG, a damaged file, a missing file, a slot, a decorative one.
    static var document: Document {
        let metadata = Metadata(
            title: "Pictures and tags", subtitle: "A test guide", profile: .easyRead,
            date: CalendarDate(year: 2026, month: 11, day: 23), authors: ["Test group"],
            contact: Contact(name: "Ann", email: "ann@example.org"),
            glossary: [GlossaryEntry(term: "Slot", explanation: "A space for a picture the group will choose.")])
        let part = Part(title: "Pictures", anchor: "pictures", blocks: [
            row("pictures/meeting.svg", "People at a meeting", 3),
            row("pictures/phone.png", "The same people as a PNG", 4),
            row("pictures/calendar.jpg", "The same people as a JPEG", 5),
            row("pictures/broken.png", "A damaged picture", 6),
            row("pictures/nowhere.png", "A missing picture", 7),
            row(nil, "A picture still to choose", 8),
            row("pictures/meeting.svg", "", 9, decorative: true),
            .table(Table(header: [TableCell(inlines: [.text("What")]), TableCell(inlines: [.text("When")])],
                         rows: [[TableCell(inlines: [.text("Meeting")]), TableCell(inlines: [.text("Tuesday")])]],
                         location: at(10))),
            .paragraph(Paragraph(inlines: [.text("See "), .link("https://example.org", [.text("our site")]), .text(".")],
                                 location: at(12))),
        ], location: at(1))
        return Document(metadata: metadata, parts: [part])
    }

    static func render(_ document: Document = document, options: PDFWriter.Options? = nil) throws -> RenderedOutput {
        try PDFWriter(options: options ?? .init(fontsDirectory: fonts)).render(
            document, pictures: PictureReader(folder: SourceFolder(base: fixtures)).read(document))
    }

    @Test func rendersOneFileAndReportsPicturesThatCannotBeUsed() throws {
        let output = try Self.render()
        #expect(output.files.map(\.path) == ["document.pdf"])
        let pdf = try #require(output.files.first).contents
        #expect(pdf.starts(with: Array("%PDF-1.7".utf8)))
        let pictureWarnings = output.diagnostics.filter { PictureSourceTests.pictureIDs.contains($0.id) }
        #expect(pictureWarnings.map { $0.location?.line } == [6, 7])
        #expect(pictureWarnings[0].message.contains("pictures/broken.png"))
        #expect(pictureWarnings[1].message.contains("pictures/nowhere.png"))
        #expect(pictureWarnings.allSatisfy { $0.severity == .warning })
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let first = try Self.render().files[0].contents
        let second = try Self.render().files[0].contents
        #expect(first == second)
        // The document's date, never the clock.
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.contains("2026-11-23T00:00:00Z"))
    }

    @Test func embedsFontsAndTheJPEGAsItIs() throws {
        let objects = try PDFFile(pdf: try Self.render().files[0].contents).allObjects
        #expect(objects.filter { $0["FontFile2"] != nil }.count == 2, "regular and bold, embedded")
        #expect(objects.contains { $0["Filter"] == .name("DCTDecode") && $0["Width"] == .integer(240) })
    }

    @Test func tagTreeMatchesGolden() throws {
        let dump = try TagTreeDump.render(try Self.render().files[0].contents)
        let outcome = Golden.compare(dump, named: "tag-tree.txt")
        #expect(outcome.passed, "\(outcome.message)")
    }

    /// Each described picture keeps its own words across a page break, with a decorative picture
    /// (an artifact, no Figure) and a picture still to choose between them.
    @Test func picturesOnDifferentPagesKeepTheirOwnWords() throws {
        let filler = (1...40).map { Block.paragraph(Paragraph(inlines: [.text("Line \($0) of words between the pictures.")], location: Self.at(20 + $0))) }
        let document = Document(metadata: Metadata(title: "Two pages", profile: .easyRead), parts: [Part(blocks: [
            Self.row("pictures/meeting.svg", "People at a meeting", 3),
            Self.row("pictures/meeting.svg", "", 4, decorative: true),
            Self.row(nil, "A picture still to choose", 5),
        ] + filler + [Self.row("pictures/phone.png", "A phone on a table", 70)])])
        let pdf = try Self.render(document).files[0].contents
        let figures = try TagTreeDump.render(pdf).split(separator: "\n").filter { $0.contains("Figure") }
        #expect(figures.map { $0.trimmingCharacters(in: .whitespaces) } == [
            "Figure alt=\"People at a meeting\" content=1", "Figure alt=\"A phone on a table\" content=1",
        ])
        #expect(try PDFFile(pdf: pdf).pages.count > 1, "the second picture is on a later page")
    }

    @Test(arguments: [(Profile.easyRead, 13.5), (.largePrint, 15.0)])
    func refusesABodySizeBelowTheProfileMinimum(profile: Profile, size: Double) throws {
        let options = PDFWriter.Options(fontsDirectory: Self.fonts, profile: profile, bodySize: Points(size))
        #expect {
            _ = try Self.render(options: options)
        } throws: { error in
            guard let error = error as? DocumentWriterError else { return false }
            return error.format == "pdf" && error.reason.contains("too small for \(profile.rawValue)")
        }
    }

    @Test(arguments: PaperSize.allCases)
    func everyPaperSize(paper: PaperSize) throws {
        let output = try Self.render(options: .init(fontsDirectory: Self.fonts, paper: paper))
        // To look at the pages: PLAINLY_PREVIEW_DIR=/tmp/preview swift test --filter everyPaperSize
        if let folder = ProcessInfo.processInfo.environment["PLAINLY_PREVIEW_DIR"] {
            try output.files[0].contents.write(to: URL(fileURLWithPath: folder).appendingPathComponent("paper-\(paper.rawValue).pdf"))
        }
        let document = try PDFFile(pdf: output.files[0].contents)
        for page in document.pages {
            let box = try #require(document.object(page)["MediaBox"]).items.map { $0.numberValue ?? -1 }
            #expect(abs(box[2] - paper.size.width.value) < 0.01 && abs(box[3] - paper.size.height.value) < 0.01)
        }
    }

    @Test func charactersTheFontLacksAreReportedOnce() throws {
        let document = Document(metadata: Metadata(title: "Faces", profile: .plain), parts: [Part(blocks: [
            .paragraph(Paragraph(inlines: [.text("Well done \u{1F642} and again \u{1F642}.")])),
        ])])
        let warnings = try Self.render(document).diagnostics.filter { $0.id == "missing-glyph" }
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.contains("U+1F642") == true)
    }

    @Test func aPictureUsedTwiceIsReadAndReportedOnce() throws {
        let document = Document(metadata: Metadata(title: "Twice", profile: .easyRead), parts: [Part(blocks: [
            Self.row("pictures/nowhere.png", "First use", 3), Self.row("pictures/nowhere.png", "Second use", 4),
        ])])
        let warnings = try Self.render(document).diagnostics.filter { PictureSourceTests.pictureIDs.contains($0.id) }
        #expect(warnings.map { $0.location?.line } == [3])
    }

    @Test func missingFontsAreAClearError() {
        let options = PDFWriter.Options(fontsDirectory: Self.fixtures)
        #expect {
            _ = try Self.render(options: options)
        } throws: { error in
            (error as? DocumentWriterError)?.reason.hasPrefix("PDF fonts:") == true
        }
    }

    /// A new stream object costs qpdf a walk over every object in the file, so one a page made the
    /// post-pass grow with pages times objects; the page's own content stream is rewritten instead.
    @Test func replacingAPagesContentKeepsItsStreamObject() throws {
        let document = try PDFFile(pdf: try Self.render().files[0].contents)
        let page = try #require(document.pages.first)
        let before = try #require(document.object(page)["Contents"]?.referenceValue)
        let objects = document.allObjects.count
        document.replaceContent(ofPage: page, compressed: Flate.deflate(Array("q Q\n".utf8)))
        try document.check("replacing the content")
        #expect(document.object(page)["Contents"]?.referenceValue == before)
        #expect(try document.content(ofPage: page) == Array("q Q\n".utf8))
        #expect(document.allObjects.count == objects)
    }

    @Test func wrapsUntaggedDrawingAsArtifacts() {
        let content = Array("""
            q
            /P << /MCID 0 >> BDC
            BT (tagged) Tj ET
            EMC
            BT (Page 1 of 2) Tj ET
            0 0 m 10 10 l S
            /Figure << /MCID 1 >> BDC 1 0 0 1 0 0 cm /x1 Do EMC
            /x2 Do
            Q
            """.utf8)
        let wrapped = String(decoding: ContentStreamArtifacts.wrap(content), as: UTF8.self)
        #expect(wrapped == """
            q
            /P << /MCID 0 >> BDC
            BT (tagged) Tj ET
            EMC
            BT /Artifact BMC
            (Page 1 of 2) Tj
            EMC
             ET
            /Artifact BMC
            0 0 m 10 10 l S
            EMC

            /Figure << /MCID 1 >> BDC 1 0 0 1 0 0 cm /x1 Do EMC
            /Artifact BMC
            /x2 Do
            EMC

            Q
            """)
    }
}
