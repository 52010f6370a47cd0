import Foundation
import DocumentReaders
import PlainlyModel
import Testing

@testable import PlainlyImport

/// The model written as a Plainly source folder: parts at top-level headings, Markdown that reads back
/// as the same words, pictures under pictures/ with their descriptions.
@Suite struct SourceFolderMakerTests {
    func text(_ made: SourceFolderMaker.Made, _ path: String) -> String? {
        made.files.first { $0.path == path }.map { String(decoding: $0.contents, as: UTF8.self) }
    }

    @Test func partsSplitAtTheTopHeadingsAndTheTitleComesFirst() {
        let blocks: [Block] = [
            .heading(Heading(level: 1, inlines: [.text("Carers' guide")])),
            .paragraph(Paragraph(inlines: [.text("Welcome.")])),
            .heading(Heading(level: 2, inlines: [.text("Money")])),
            .paragraph(Paragraph(inlines: [.strong([.text("Help")]), .text(" with "), .link("https://example.org", [.text("costs")])])),
            .heading(Heading(level: 3, inlines: [.text("Travel")])),
            .list(ListBlock(isNumbered: true, items: [
                ListItem(blocks: [.paragraph(Paragraph(inlines: [.text("Bus")])),
                    .list(ListBlock(isNumbered: false, items: [ListItem(blocks: [.paragraph(Paragraph(inlines: [.text("Free *pass*")]))])]))]),
            ])),
            .heading(Heading(level: 2, inlines: [.text("Breaks")])),
            .table(Table(header: [TableCell(inlines: [.text("Option")]), TableCell(inlines: [.text("Cost")])],
                rows: [[TableCell(inlines: [.text("Keep")]), TableCell(inlines: [.text("£4 | £5")])]])),
        ]
        let made = SourceFolderMaker(options: .init()).make(ImportedText(blocks: blocks, authors: ["Ann"]), fileName: "guide")
        #expect(made.files.map(\.path) == ["guide.yaml", "parts/01-carers-guide.md", "parts/02-money.md", "parts/03-breaks.md"])
        #expect(text(made, "guide.yaml")?.contains("title: \"Carers' guide\"\nkind: guide\nprofile: plain") == true)
        #expect(text(made, "guide.yaml")?.contains("authors:\n  - \"Ann\"\n") == true)
        #expect(text(made, "parts/02-money.md") == """
            ---
            title: "Money"
            status: draft
            ---
            **Help** with [costs](<https://example.org>)

            ## Travel

            1. Bus
               - Free \\*pass\\*

            """)
        #expect(text(made, "parts/03-breaks.md")?.contains("| Option | Cost |\n|---|---|\n| Keep | £4 \\\\| £5 |") == true)
        #expect(made.wordsKept == made.wordsRead)
    }

    @Test func picturesCarryTheirAltTextAndTheRestAskForIt() {
        let picture = { (path: String, words: Picture.Words) in
            Block.picture(Picture(source: .file(written: path, path: path), words: words))
        }
        let blocks: [Block] = [
            picture("word/media/b.png", .description("A bus at the stop")),
            picture("word/media/a.jpeg", .description("")),
            picture("word/media/c.png", .decorative),
        ]
        let bytes: [String: [UInt8]] = ["word/media/a.jpeg": [1], "word/media/b.png": [2], "word/media/c.png": [3]]
        let made = SourceFolderMaker(options: .init()).make(ImportedText(blocks: blocks, pictures: bytes), fileName: "p")
        #expect(made.files.map(\.path).sorted() == ["guide.yaml", "parts/01-p.md", "pictures/picture-01.jpeg", "pictures/picture-02.png", "pictures/picture-03.png"])
        #expect(text(made, "parts/01-p.md")?.contains("""
            ![A bus at the stop](../pictures/picture-02.png)

            ![Say what the picture ../pictures/picture-01.jpeg shows, or mark it decorative]()

            ![](../pictures/picture-03.png "decorative")
            """) == true)
    }

    @Test func markdownMarkupInTheTextIsEscaped() {
        let writer = MarkdownWriter(picturePath: { _ in nil }, partLevel: 2)
        #expect(writer.escape("# not a heading") == "\\# not a heading")
        #expect(writer.escape("1. not a list") == "1\\. not a list")
        #expect(writer.escape("- nor this") == "\\- nor this")
        #expect(writer.escape("a_b [c] <d>") == "a\\_b \\[c\\] \\<d\\>")
    }

    @Test func easyReadRowsHaveASlotAndASentenceALine() {
        let rows = EasyReadRows.make([.paragraph(Paragraph(inlines: [.text("We can help. Call us today.")]))])
        guard case .easyReadRow(let row) = rows.first else { Issue.record("no row"); return }
        #expect(row.picture.isSlot)
        #expect(row.lines.map(\.inlines.plainText) == ["We can help.", "Call us today."])
    }

    /// At most `maximumGlossaryEntries` hard words are offered: past that the text needs rewriting.
    @Test func theGlossaryOffersAtMostTheLimit() {
        let letters = "abcdefghijklmnopqrstuvwxyz"
        let words = (0..<60).map { index in
            "unconstitutionalisation" + String(letters[letters.index(letters.startIndex, offsetBy: index % 26)]) + String(letters[letters.index(letters.startIndex, offsetBy: index / 26)])
        }
        let sentences = words.map { "We talked about \($0) today." }.joined(separator: " ")
        let made = SourceFolderMaker(options: .init(profile: .easyRead)).make(
            ImportedText(blocks: [.paragraph(Paragraph(inlines: [.text(sentences)]))]), fileName: "many")
        #expect(made.hardWords.count == SourceFolderMaker.maximumGlossaryEntries)
        #expect(text(made, "guide.yaml")?.contains("glossary:\n  \"\(words[0])\": \"\"") == true)
    }

    @Test func warningsSayWhereInTheOriginal() {
        let made = SourceFolderMaker(options: .init()).make(
            ImportedText(blocks: [], warnings: [.init("A chart cannot be carried.", at: SourceLocation(file: "a.docx", line: 7, column: 1))]),
            fileName: "a")
        #expect(made.warnings == ["a.docx:7: warning: A chart cannot be carried."])
    }
}
