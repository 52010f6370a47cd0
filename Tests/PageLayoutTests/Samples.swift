import PlainlyModel

/// Documents built in code for layout tests, each aimed at particular rules.
enum Samples {
    static func at(_ line: Int) -> SourceLocation { SourceLocation(file: "guide.md", line: line, column: 1) }

    static func paragraph(_ text: String, line: Int = 1) -> Block {
        .paragraph(Paragraph(inlines: [.text(text, at: at(line))], location: at(line)))
    }

    static func heading(_ text: String, level: Int = 3, anchor: String, line: Int = 1) -> Block {
        .heading(Heading(level: level, inlines: [.text(text)], anchor: anchor, location: at(line)))
    }

    static func row(_ path: String?, _ description: String, _ lines: [String], line: Int) -> Block {
        let picture = Picture(
            source: path.map { .file(written: $0, path: $0) } ?? .slot, words: .description(description),
            location: at(line))
        return .easyReadRow(EasyReadRow(
            picture: picture, lines: lines.enumerated().map { TextLine(inlines: [.text($1)], location: at(line + $0)) },
            location: at(line)))
    }

    /// A short easy-read guide: rows with a picture, a slot and a missing picture, a list, a callout,
    /// a link, hard words and a contact card.
    static var easyReadGuide: Document {
        let metadata = Metadata(
            title: "Your care review", subtitle: "What happens and how to get ready", profile: .easyRead,
            date: CalendarDate(year: 2026, month: 11, day: 23), authors: ["Riverside Speak Up group"],
            contact: Contact(name: "Sam Patel", phone: "0123 456 7890", email: "reviews@example.org"),
            glossary: [
                GlossaryEntry(term: "Review", explanation: "A meeting to check your care is still right for you."),
                GlossaryEntry(term: "Advocate", explanation: "Someone who helps you say what you want."),
            ])
        let first = Part(
            title: "What is a review?", anchor: "what-is-a-review", by: ["Amira", "Joe"], blocks: [
                row("pictures/meeting.png", "People sitting round a table", [
                    "A review is a meeting about your care.",
                    "We check that your care is still right for you.",
                ], line: 5),
                row(nil, "A calendar with one day circled", ["It happens once a year."], line: 8),
                row("pictures/missing.png", "A phone", ["We will phone you first."], line: 10),
                .list(ListBlock(isNumbered: false, items: [
                    ListItem(blocks: [paragraph("Bring your care plan.", line: 12)], location: at(12)),
                    ListItem(blocks: [paragraph("Bring a friend if you want.", line: 13)], location: at(13)),
                ], location: at(12))),
            ], location: at(3))
        let second = Part(
            title: "Getting help", anchor: "getting-help", status: .draft, blocks: [
                .callout(Callout(kind: .important, blocks: [
                    paragraph("You can ask for an advocate. It is free.", line: 20),
                ], location: at(19))),
                .paragraph(Paragraph(inlines: [
                    .text("Read more on "), .link("https://example.org/reviews", [.text("our web page")]), .text("."),
                ], location: at(22))),
            ], location: at(17))
        return Document(metadata: metadata, parts: [first, second])
    }

    static let sentence = "People who use services told us what matters to them in plain words."

    /// A large-print paper long enough to need contents, with a table that runs over a page.
    static var largePrintPaper: Document {
        var blocks: [Block] = []
        var line = 10
        for section in 1...9 {
            blocks.append(heading("Section \(section)", level: 2, anchor: "section-\(section)", line: line))
            for paragraphIndex in 0..<3 {
                let text = Array(repeating: sentence, count: 2 + paragraphIndex).joined(separator: " ")
                blocks.append(paragraph(text, line: line + 1 + paragraphIndex))
            }
            line += 10
        }
        let rows = (1...14).map { index in
            [TableCell(inlines: [.text("Service \(index)")]), TableCell(inlines: [.text("\(index * 3) people")]),
             TableCell(inlines: [.text(index.isMultiple(of: 2) ? "Good" : "Needs work")])]
        }
        blocks.append(.table(Table(
            caption: "Who used each service",
            header: [TableCell(inlines: [.text("Service")]), TableCell(inlines: [.text("People")]),
                     TableCell(inlines: [.text("Rating")])],
            rows: rows, location: at(80))))
        let metadata = Metadata(title: "Board paper: care reviews", kind: .paper, profile: .largePrint,
                                date: CalendarDate(year: 2026, month: 11, day: 23), authors: ["Quality team"])
        return Document(metadata: metadata, parts: [Part(blocks: blocks, location: at(1))])
    }
}
