import Foundation
import HTMLWriter
import PlainlyModel
import PlainlySource

/// Documents built in code for the tests: one that uses every construct the writer knows, and a
/// folder of pictures for it made fresh in a temporary directory, so nothing depends on a checkout.
enum Fixture {
    static func at(_ line: Int, _ column: Int = 1, file: String = "guide.md") -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    static func text(_ string: String) -> Inline { .text(string) }

    static func paragraph(_ inlines: Inline..., line: Int) -> Block {
        .paragraph(Paragraph(inlines: inlines, location: at(line)))
    }

    static func row(_ picture: Picture, _ lines: [[Inline]], line: Int) -> Block {
        let textLines = lines.enumerated().map { TextLine(inlines: $1, location: at(line + $0, 4)) }
        return .easyReadRow(EasyReadRow(picture: picture, lines: textLines, location: at(line)))
    }

    static func picture(_ path: String, _ description: String, line: Int) -> Picture {
        Picture(source: .file(written: path, path: path), words: .description(description), location: at(line))
    }

    static func item(_ blocks: Block...) -> ListItem { ListItem(blocks: blocks) }

    /// A guide with every construct: headings, paragraphs with strong, emphasis, links and line
    /// breaks, easy-read rows with pictures, slots and a missing picture, a decorative picture,
    /// nested bulleted and numbered lists, callouts, a table with a caption, hard words and a contact.
    static var everything: Document {
        let metadata = Metadata(
            title: "Your care and support plan", subtitle: "An easy read guide", kind: .guide,
            profile: .easyRead, language: "en-GB", date: CalendarDate(year: 2026, month: 11, day: 23),
            authors: ["Riverside Voices group"],
            contact: Contact(
                name: "Sam Patel, Adult Social Care", phone: "01632 960 123", email: "care@example.org",
                address: "Town Hall\nHigh Street\nAnytown AB1 2CD", website: "www.example.org/care"),
            glossary: [
                GlossaryEntry(term: "care plan", explanation: "A written list of the help you will get.", location: at(8)),
                GlossaryEntry(term: "Advocate", explanation: "Someone who helps you say what you want.", location: at(9)),
                GlossaryEntry(term: "assessment", explanation: "A meeting to find out what help you need.", location: at(10)),
            ],
            location: at(1))

        let about = Part(
            title: "What is a care plan?", anchor: "what-is-a-care-plan", by: ["Amira", "Ben", "Chloe"],
            blocks: [
                row(picture("pictures/meeting.svg", "Two people talking at a table", line: 20), [
                    [text("A care plan says what help you will get.")],
                    [text("You make it "), .strong([text("with")]), text(" your social worker.")],
                ], line: 20),
                row(picture("pictures/phone.png", "A phone", line: 24), [
                    [text("You can ask for an advocate to help you.")],
                    [text("Call us or "), .link("mailto:care@example.org", [text("send us an email")]), text(".")],
                ], line: 24),
                row(Picture(source: .slot, words: .description("A person holding a letter"), location: at(28)), [
                    [text("We will send you a letter after your assessment.")],
                ], line: 28),
                row(picture("pictures/missing.png", "A calendar", line: 31), [
                    [text("Your plan is checked every year.")],
                ], line: 31),
                .heading(Heading(level: 3, inlines: [text("Who can help")], anchor: "who-can-help", location: at(34))),
                paragraph(
                    text("Your advocates can come to every meeting. Read "),
                    .link("https://www.example.org/advocacy?area=north&lang=en", [text("more about advocacy")]),
                    text(" or go to "), .link("#hard-words", [text("the hard words")]), text("."), line: 36),
                paragraph(
                    text("Please "), .emphasis([text("do not")]), text(" worry."), .lineBreak(LineBreak(location: at(38, 20))),
                    text("We are here to help."), line: 38),
                .picture(Picture(source: .file(written: "pictures/line.svg", path: "pictures/line.svg"), words: .decorative, location: at(40))),
            ],
            location: at(14))

        let steps = Part(
            title: "Making your plan", anchor: "making-your-plan", status: .draft,
            blocks: [
                .list(ListBlock(isNumbered: true, items: [
                    item(paragraph(text("We meet you."), line: 46)),
                    item(
                        paragraph(text("We talk about:"), line: 47),
                        .list(ListBlock(isNumbered: false, items: [
                            item(paragraph(text("your home"), line: 48)),
                            item(paragraph(text("your friends and family"), line: 49)),
                        ], location: at(48, 4)))),
                    item(paragraph(text("We write your care plan together."), line: 50)),
                ], location: at(46))),
                .list(ListBlock(isNumbered: true, start: 4, items: [
                    item(paragraph(text("You check it and say yes."), line: 52)),
                ], location: at(52))),
                .callout(Callout(kind: .important, blocks: [
                    paragraph(text("You can say no to any part of your plan."), line: 55),
                ], location: at(54))),
                .callout(Callout(kind: .tip, title: "Bring someone with you", blocks: [
                    paragraph(text("A friend or an advocate can come too."), line: 58),
                ], location: at(57))),
                .table(Table(
                    caption: "When we will visit",
                    header: [TableCell(inlines: [text("Day")]), TableCell(inlines: [text("Time")])],
                    rows: [
                        [TableCell(inlines: [text("Monday")]), TableCell(inlines: [text("10 in the morning")])],
                        [TableCell(inlines: [.strong([text("Thursday")])]), TableCell(inlines: [text("2 in the afternoon")])],
                    ],
                    location: at(61))),
                .heading(Heading(level: 3, inlines: [text("After the meeting")], anchor: "after-the-meeting", location: at(66))),
                .heading(Heading(level: 5, inlines: [text("If you are not happy")], anchor: "if-you-are-not-happy", location: at(68))),
                paragraph(text("Tell us and we will look at your care plan again."), line: 70),
            ],
            location: at(44))

        return Document(metadata: metadata, parts: [about, steps])
    }

    static let svg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" width="120" height="120">
        <rect x="10" y="70" width="100" height="12" rx="4" fill="#8a5a2b"/>
        <circle cx="35" cy="40" r="14" fill="#1d70b8"/><circle cx="85" cy="40" r="14" fill="#00703c"/>
        <rect x="23" y="56" width="24" height="20" rx="6" fill="#1d70b8"/><rect x="73" y="56" width="24" height="20" rx="6" fill="#00703c"/>
        </svg>

        """

    static let line = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 8" width="400" height="8"><rect width="400" height="8" fill="#505a5f"/></svg>

        """

    /// An 8 by 8 blue PNG.
    static let png = Data([
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
        0x00, 0x08, 0x00, 0x00, 0x00, 0x08, 0x08, 0x02, 0x00, 0x00, 0x00, 0x4B, 0x6D, 0x29, 0xDC, 0x00, 0x00, 0x00,
        0x11, 0x49, 0x44, 0x41, 0x54, 0x78, 0xDA, 0x63, 0x90, 0x2D, 0xD8, 0x81, 0x15, 0x31, 0x0C, 0x2D, 0x09, 0x00,
        0x98, 0xD9, 0x51, 0x41, 0x43, 0xD8, 0xE6, 0x51, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42,
        0x60, 0x82,
    ])

    /// A fresh folder holding the fixture's pictures (not the missing one) and a file that only
    /// pretends to be a picture.
    static func makeBaseDirectory() throws -> URL {
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("plainly-html-\(UUID().uuidString)", isDirectory: true)
        let pictures = base.appendingPathComponent("pictures", isDirectory: true)
        try FileManager.default.createDirectory(at: pictures, withIntermediateDirectories: true)
        try Data(svg.utf8).write(to: pictures.appendingPathComponent("meeting.svg"))
        try Data(line.utf8).write(to: pictures.appendingPathComponent("line.svg"))
        try png.write(to: pictures.appendingPathComponent("phone.png"))
        try Data("not a picture\n".utf8).write(to: pictures.appendingPathComponent("fake.png"))
        return base
    }

    /// The picture files `document` names, read from `base` by the source reader, as a build does.
    static func pictures(for document: Document, in base: URL) -> SourcePictures {
        PictureReader(folder: SourceFolder(base: base)).read(document)
    }

    /// The repository's `Fonts/` folder, found from this file so tests run from anywhere.
    static var fontsDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fonts", isDirectory: true)
    }

    static func render(_ document: Document, singleFile: Bool = false, includeContents: Bool? = true) throws
        -> (output: RenderedOutput, html: String)
    {
        let base = try makeBaseDirectory()
        defer { try? FileManager.default.removeItem(at: base) }
        let writer = HTMLWriter(options: .init(
            singleFile: singleFile, fontsDirectory: fontsDirectory, includeContents: includeContents))
        let output = writer.render(document, pictures: pictures(for: document, in: base))
        let page = output.files.first { $0.path == "index.html" }
        return (output, page.flatMap { String(data: $0.contents, encoding: .utf8) } ?? "")
    }
}
