import DocumentReaders
import DocxWriter
import Foundation
import PlainlyModel
import PlainlyTestSupport
import Testing

@testable import PlainlyImport

/// Each thing a Word file Plainly made says about itself (`WordMarks`), read back by `plainly import`
/// into the source form the samples use.
@Suite struct PlainlyWordReaderTests {
    /// The source folder `plainly import` writes for the Word file of `document`: path → text.
    static func imported(_ document: Document, pictures: SourcePictures = .init()) throws -> [String: String] {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("plainly-word-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let word = try DocxWriter().write(RealizedDocument(document, pictures: pictures, name: "guide")).files[0].contents
        let file = scratch.appendingPathComponent("guide.docx")
        try word.write(to: file)
        let made = try Importer(options: .init()).importFile(file, shown: "guide.docx", into: scratch.appendingPathComponent("out"), outputShown: "out")
        var files: [String: String] = [:]
        for path in made.files {
            files[path] = String(decoding: try Data(contentsOf: scratch.appendingPathComponent("out/" + path)), as: UTF8.self)
        }
        return files
    }

    static func part(_ title: String, by: [String] = [], status: PartStatus = .agreed, _ blocks: [Block]) -> Part {
        Part(title: title, anchor: title.lowercased().replacingOccurrences(of: " ", with: "-"), by: by, status: status, blocks: blocks)
    }

    static func paragraph(_ text: String) -> Block { .paragraph(Paragraph(inlines: [.text(text)])) }

    static func svg() -> PictureFile {
        let text = #"<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="10" height="10"/></svg>"#
        return PictureFile(bytes: Data(text.utf8), format: .svg, pixelWidth: 20, pixelHeight: 10)
    }

    @Test func theTitlePageComesBackAsMetadataAndNotAsText() throws {
        var metadata = Metadata(
            title: "Our guide", subtitle: "For carers", date: CalendarDate(year: 2026, month: 3, day: 31),
            reviewDate: CalendarDate(year: 2027, month: 3, day: 14), version: "2.1", authors: ["Amira Khan", "Tom Ellis"])
        metadata.easyReadOf = "the carers' strategy"
        let files = try Self.imported(Document(metadata: metadata, parts: [Self.part("Money", [Self.paragraph("We pay you.")])]))
        let yaml = try #require(files["guide.yaml"])
        #expect(yaml.contains("title: \"Our guide\"\nsubtitle: \"For carers\"\nkind: guide\nprofile: easy-read\nlanguage: en-GB\n"))
        // The review date's day is kept, though the page shows only the month.
        #expect(yaml.contains("date: 2026-03-31\nreview-date: 2027-03-14\nversion: \"2.1\"\neasy-read-of: \"the carers' strategy\"\n"))
        #expect(yaml.contains("authors:\n  - \"Amira Khan\"\n  - \"Tom Ellis\"\n"))
        let part = try #require(files["parts/01-money.md"])
        #expect(part == "---\ntitle: \"Money\"\nstatus: agreed\n---\nWe pay you.\n")
    }

    @Test func eachPartComesBackWithItsWritersAndStatusAndTheContentsAreLeftOut() throws {
        let parts = (1...5).map { Self.part("Part \($0)", by: ["Maya Okafor", "Dev and Sons"], status: $0 == 2 ? .draft : .agreed, [Self.paragraph("Text \($0).")]) }
        let files = try Self.imported(Document(metadata: Metadata(title: "Five parts"), parts: parts))
        #expect(files.keys.filter { $0.hasPrefix("parts/") }.count == 5)
        #expect(files["parts/02-part-2.md"] == "---\ntitle: \"Part 2\"\nby: [\"Maya Okafor\", \"Dev and Sons\"]\nstatus: draft\n---\nText 2.\n")
        #expect(files.values.allSatisfy { !$0.contains("What is in this guide") && !$0.contains("Draft") && !$0.contains("Written by") })
    }

    @Test func easyReadRowsComeBackAsRowsWithTheirPictureAndSlotsAsSlots() throws {
        var pictures = SourcePictures()
        pictures.set(.success(Self.svg()), for: "pictures/bus.svg")
        let row = { (picture: Picture, lines: [String]) in
            Block.easyReadRow(EasyReadRow(picture: picture, lines: lines.map { TextLine(inlines: [.text($0)]) }))
        }
        let blocks = [
            row(Picture(source: .file(written: "pictures/bus.svg", path: "pictures/bus.svg"), words: .description("A bus")), ["Get the bus.", "It is free."]),
            row(Picture(source: .slot, words: .description("A doctor")), ["See your doctor."]),
            .picture(Picture(source: .slot, words: .description("A map"))),
            row(Picture(source: .bank(name: "doctor_1a"), words: .description("Your GP")), ["Ask your GP."]),
        ]
        let files = try Self.imported(Document(metadata: Metadata(title: "Rows"), parts: [Self.part("Travel", blocks)]), pictures: pictures)
        #expect(files["parts/01-travel.md"]?.hasSuffix("""
            ![A bus](../pictures/picture-01.svg)
            Get the bus.
            It is free.

            ![A doctor]()
            See your doctor.

            ![A map]()

            ![Your GP]()
            Ask your GP.

            """) == true)
        #expect(files["pictures/picture-01.svg"] == String(decoding: Self.svg().bytes, as: UTF8.self))
    }

    @Test func aBankSymbolComesBackAsItsNameAndIsNotCopied() throws {
        var pictures = SourcePictures()
        pictures.set(.success(Self.svg()), for: "bank:doctor_1a")
        let files = try Self.imported(Document(metadata: Metadata(title: "Bank"), parts: [Self.part("Travel", [
            .picture(Picture(source: .bank(name: "doctor_1a"), words: .description("Your GP"))),
        ])]), pictures: pictures)
        #expect(files["parts/01-travel.md"]?.hasSuffix("![Your GP](bank:doctor_1a)\n") == true)
        #expect(!files.keys.contains { $0.hasPrefix("pictures/") })
    }

    @Test func calloutsComeBackWithTheirKindAndTitle() throws {
        let blocks: [Block] = [
            .callout(Callout(kind: .important, blocks: [Self.paragraph("Talk to us first.")])),
            .callout(Callout(kind: .note, title: "Remember", blocks: [Self.paragraph("You can say no.")])),
        ]
        let files = try Self.imported(Document(metadata: Metadata(title: "Callouts"), parts: [Self.part("Money", blocks)]))
        #expect(files["parts/01-money.md"]?.hasSuffix("> [!IMPORTANT]\n> Talk to us first.\n\n> **Remember**\n> You can say no.\n") == true)
    }

    @Test func emphasisStaysEmphasisThoughWordShowsBothBold() throws {
        let blocks: [Block] = [.paragraph(Paragraph(inlines: [.strong([.text("Strong")]), .text(" and "), .emphasis([.text("stressed")])]))]
        let files = try Self.imported(Document(metadata: Metadata(title: "Words"), parts: [Self.part("Money", blocks)]))
        #expect(files["parts/01-money.md"]?.hasSuffix("**Strong** and *stressed*\n") == true)
    }

    @Test func hardWordsContactDiaryAndAPapersCoverComeBackIntoTheMetadata() throws {
        var metadata = Metadata(title: "News", kind: .newsletter, profile: .largePrint, date: CalendarDate(year: 2026, month: 12, day: 1))
        metadata.glossary = [GlossaryEntry(term: "PA", explanation: "Someone you employ.")]
        metadata.contact = Contact(name: "The team", phone: "01632 960 775", website: "https://example.org")
        metadata.newsletter = NewsletterDetails(
            issue: "12", season: "Winter 2026",
            events: [DiaryEvent(date: CalendarDate(year: 2027, month: 1, day: 14)!, time: "2pm", place: "Library", what: "Drop-in")],
            articleStartsNewPage: true)
        metadata.subtitle = "For people who get Direct Payments"
        let files = try Self.imported(Document(metadata: metadata, parts: [Self.part("Hello", [Self.paragraph("Welcome.")]), Self.part("Bye", [])]))
        let yaml = try #require(files["guide.yaml"])
        #expect(yaml.contains("subtitle: \"For people who get Direct Payments\"\nkind: newsletter\nprofile: large-print\n"))
        #expect(yaml.contains("issue: \"12\"\nseason: \"Winter 2026\"\narticle-break: page\n"))
        #expect(yaml.contains("contact:\n  name: \"The team\"\n  phone: \"01632 960 775\"\n  website: \"https://example.org\"\n"))
        #expect(yaml.contains("events:\n  - date: 2027-01-14\n    time: \"2pm\"\n    place: \"Library\"\n    what: \"Drop-in\"\n"))
        #expect(yaml.contains("glossary:\n  \"PA\": \"Someone you employ.\"\n"))
        #expect(files.values.allSatisfy { !$0.contains("Hard words") && !$0.contains("Who to contact") && !$0.contains("Dates for your diary") })

        var paper = Metadata(title: "Board paper", kind: .paper, profile: .plain, authors: ["Head of Commissioning"])
        paper.paper = PaperDetails(meeting: "The Board", agendaItem: "6", purpose: "For noting", decisionNeeded: "Approve it.")
        let single = try Self.imported(Document(metadata: paper, parts: [Part(blocks: [
            .heading(Heading(level: 2, inlines: [.text("Background")], anchor: "background")), Self.paragraph("It began."),
        ])]))
        // One part without a title is a single source file, as a board paper is written.
        let source = try #require(single["guide.md"])
        #expect(source.contains("meeting: \"The Board\"\nagenda-item: \"6\"\npurpose: \"For noting\"\ndecision-needed: \"Approve it.\"\n"))
        #expect(source.hasSuffix("---\n## Background\n\nIt began.\n"))
        #expect(!source.contains("About this paper"))
    }

    @Test func aWordFileNotMadeByPlainlyIsNotReadAsOne() throws {
        let fixtures = WordCoverage.wordFixtures
        let names = try FileManager.default.contentsOfDirectory(atPath: fixtures.path).filter { $0.hasSuffix(".docx") && !$0.contains("strict") }
        #expect(!names.isEmpty)
        for name in names {
            let package = try WordPackage(url: fixtures.appendingPathComponent(name), displayPath: name)
            #expect(try PlainlyWordReader.read(package, file: name) == nil, "\(name)")
        }
    }
}
