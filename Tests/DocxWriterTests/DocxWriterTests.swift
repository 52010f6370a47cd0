import Foundation
import PlainlyModel
import PlainlySource
import PlainlyTestSupport
import Testing

@testable import DocxWriter

@Suite struct DocxWriterTests {
    static let fixture: RealizedDocument = {
        let reading = try! SourceReader().read(at: Fixtures.everyConstruct)
        return RealizedDocument(reading.document, pictures: reading.pictures, name: "every-construct")
    }()

    @Test func thePackageHoldsEveryPartWordNeedsContentTypesFirst() throws {
        let file = try DocxFile(Self.fixture)
        #expect(file.names.first == "[Content_Types].xml")
        let required = [
            "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml", "word/_rels/document.xml.rels",
            "word/styles.xml", "word/settings.xml", "word/numbering.xml", "word/fontTable.xml", "word/footer1.xml",
        ]
        for name in required { #expect(file.names.contains(name), "missing \(name)") }
        for name in file.names where name.hasSuffix(".xml") || name.hasSuffix(".rels") {
            #expect(file.isWellFormed(name), "\(name) is not well-formed XML")
        }
        #expect(file.names.contains { $0.hasPrefix("word/media/") && $0.hasSuffix(".svg") })
        #expect(file.text("[Content_Types].xml").contains(#"Extension="svg" ContentType="image/svg+xml""#))
    }

    @Test func twoBuildsAreTheSameBytes() throws {
        let first = try DocxFile(Self.fixture)
        let second = try DocxFile(Self.fixture)
        #expect(first.data == second.data)
    }

    @Test func thePropertiesNameTheTitleAuthorsAndLanguage() throws {
        let core = try DocxFile(Self.fixture).text("docProps/core.xml")
        #expect(core.contains("<dc:title>Your guide to the tenants&apos; forum</dc:title>"))
        #expect(core.contains("<dc:creator>Amira Khan; Tom Reed</dc:creator>"))
        #expect(core.contains("<dc:language>en-GB</dc:language>"))
        #expect(core.contains("2026-03-31T00:00:00Z"))
    }

    @Test func theStylesAreWordsOwnAndTheLanguageIsBritishEnglish() throws {
        let file = try DocxFile(Self.fixture)
        for id in ["Title", "Heading1", "Heading2", "Heading3", "ListBullet", "ListNumber", "Caption", "PlainlyTable"] {
            #expect(file.styles.contains(#"w:styleId="\#(id)""#), "no style \(id)")
        }
        #expect(file.styles.contains(#"<w:lang w:val="en-GB""#))
        #expect(file.styles.contains("<w:suppressAutoHyphens/>"))
        #expect(file.text("word/settings.xml").contains(#"<w:autoHyphenation w:val="false"/>"#))
        #expect(file.styles.contains(#"w:ascii="Atkinson Hyperlegible""#))
        #expect(file.text("word/fontTable.xml").contains(#"<w:altName w:val="Arial"/>"#))
    }

    @Test(arguments: [(Profile.easyRead, 32), (.largePrint, 36), (.plain, 28)])
    func bodyTextIsAtTheProfilesSize(profile: Profile, halfPoints: Int) throws {
        let file = try DocxFile(Sample.realized([Sample.paragraph("Hello.")], profile: profile))
        #expect(file.styles.contains(#"<w:rPrDefault><w:rPr><w:rFonts"#))
        #expect(file.styles.contains(#"<w:sz w:val="\#(halfPoints)"/>"#))
        // 1.5 lines.
        #expect(file.styles.contains(#"w:line="360" w:lineRule="auto""#))
    }

    @Test func fontSizeFromTheCommandLineIsUsedWithinTheProfilesLimits() throws {
        let file = try DocxFile(Sample.realized([Sample.paragraph("Hello.")]), writer: DocxWriter(bodySize: Points(20)))
        #expect(file.styles.contains(#"<w:sz w:val="40"/>"#))
        #expect(throws: DocumentWriterError.self) { try DocxWriter(bodySize: Points(12)).write(Sample.realized([])) }
        #expect(throws: DocumentWriterError.self) { try DocxWriter(bodySize: Points(49)).write(Sample.realized([])) }
    }

    @Test func thePlanIsRefusedAtOnceWhenItsSizeIsTooSmallForItsProfile() {
        let plan = BuildPlan(formats: ["docx"], profile: .largePrint, output: URL(fileURLWithPath: "/tmp/out"), bodySize: Points(14))
        #expect(throws: DocumentWriterError.self) { try DocxWriter(plan: plan) }
    }

    @Test func theFooterSaysPageNOfMInTheWordingEveryFormatUses() throws {
        let footer = try DocxFile(Self.fixture).text("word/footer1.xml")
        #expect(footer.contains(#"<w:t xml:space="preserve">Page </w:t>"#))
        #expect(footer.contains(#"w:instr=" PAGE ""#))
        #expect(footer.contains(#"<w:t xml:space="preserve"> of </w:t>"#))
        #expect(footer.contains(#"w:instr=" NUMPAGES ""#))
    }

    @Test func theWordFileSaysWhatTheTextSays() throws {
        let paragraphs = try DocxFile(Self.fixture).paragraphTexts
        let generated = [
            "Your guide to the tenants&apos; forum", "How we meet and how to join in", "31 March 2026",
            "Made together by Amira Khan, Tom Reed and Jo Patel.", "Version: 1.2", "Review date: March 2027",
            "Written by Amira Khan and Jo Patel", Wording.hardWords, Wording.whoToContact, "Picture to add: A phone ringing",
        ]
        for words in generated { #expect(paragraphs.contains(words), "no paragraph says \(words)") }
    }

    @Test func theDestinationIsAWordFileNamedAfterTheSource() {
        let plan = BuildPlan(formats: ["docx"], output: URL(fileURLWithPath: "/tmp/out"))
        #expect(DocxWriter.destination(sourceName: "guide", plan: plan) == .file("guide.docx"))
        #expect(DocxWriter.possibleDestinations(sourceName: "guide") == [.file("guide.docx")])
    }

    @Test func aSmallDocumentMatchesGolden() throws {
        let blocks: [Block] = [
            .heading(Heading(level: 3, inlines: [.text("Who we are")], anchor: "who-we-are")),
            .easyReadRow(EasyReadRow(
                picture: Picture(source: .slot, words: .description("Two people talking")),
                lines: [TextLine(inlines: [.text("We are a group.")]), TextLine(inlines: [.strong([.text("Join us.")])])])),
            .list(ListBlock(isNumbered: true, start: 3, items: [
                ListItem(blocks: [Sample.paragraph("Ring us")]),
                ListItem(blocks: [Sample.paragraph("Come along"), .list(ListBlock(isNumbered: false, items: [ListItem(blocks: [Sample.paragraph("Bring a friend")])]))]),
            ])),
            .table(Table(caption: "Meetings", header: [TableCell(inlines: [.text("When")]), TableCell(inlines: [.text("Where")])],
                         rows: [[TableCell(inlines: [.text("Monday")]), TableCell(inlines: [.link("https://example.org/hall", [.text("The hall")])])]])),
            .callout(Callout(kind: .important, blocks: [Sample.paragraph("Bring your letter.")])),
        ]
        let xml = try DocxFile(Sample.realized(blocks)).document
        let outcome = Golden.compare(Self.readable(xml), named: "small-document.xml")
        #expect(outcome.passed, "\(outcome.message)")
    }

    /// A line for each paragraph, table, row and cell, so a golden file reads as the document does.
    static func readable(_ xml: String) -> String {
        var out = xml
        for tag in ["<w:p>", "<w:p/>", "<w:tbl>", "<w:tr>", "<w:tc>", "<w:sectPr>", "<w:body>"] {
            out = out.replacingOccurrences(of: tag, with: "\n" + tag)
        }
        return out + "\n"
    }
}
