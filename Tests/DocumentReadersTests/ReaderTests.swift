import DocumentReaders
import Foundation
import PlainlyModel
import PlainlyTestSupport
import Readability
import Testing

/// The .txt, .html and .docx readers: each turns a file into the content model, so headings, list
/// items and cells are units of their own.
@Suite struct ReaderTests {
    static let paperText = """
        Money for carers
        ================

        Carers can get help with costs. Ask us about it.
        We will explain what you can get.

        - Help with travel
        - Help with a break

        1. Fill in the form.
        2. Send it to us.

        What happens next

        We reply within 10 days.
        """

    /// The board paper the report tests check: any difference made by reading it in parts shows in the findings.
    static let boardPaper = SampleTexts.boardPaper

    @Test func plainTextUnits() {
        let document = PlainTextReader().read(Self.paperText, file: "paper.txt")
        let units = UnitCollector.units(of: document)
        // Its lines are short, so not wrapped: each line is a paragraph of its own (`PlainTextShape`).
        #expect(units.map(\.kind) == [.heading, .paragraph, .paragraph, .listItem, .listItem, .listItem, .listItem, .heading, .paragraph])
        #expect(units[0].text == "Money for carers")
        #expect(units[2].text == "We will explain what you can get.")
        #expect(units[2].location == SourceLocation(file: "paper.txt", line: 5, column: 1))
        #expect(units[5].text == "Fill in the form.")
        #expect(units[5].location == SourceLocation(file: "paper.txt", line: 10, column: 4))
    }

    /// Bullets in a row are one list, and numbered lines another: rules about lists see them whole.
    @Test func plainTextListItemsInARowAreOneList() {
        let blocks = PlainTextReader().read(Self.paperText, file: "paper.txt").parts[0].blocks
        let lists = blocks.compactMap { block -> ListBlock? in if case .list(let list) = block { list } else { nil } }
        #expect(lists.map(\.isNumbered) == [false, true])
        #expect(lists.map(\.items.count) == [2, 2])
    }

    /// Checking a long text part by part gives exactly what checking it whole gives.
    @Test func partByPartMatchesWhole() {
        let text = String(repeating: ReaderTests.boardPaper + "\n\n", count: 5)
        let checker = Checker(.plain)
        let whole = checker.check(PlainTextReader().read(text, file: "long.txt"))
        let parts = PlainTextReader().parts(of: Array(text.utf8), file: "long.txt", blocksPerPart: 3)
        let pieces = checker.check(metadata: PlainTextReader.metadata(), parts: parts)
        #expect(whole.counts == pieces.counts)
        #expect(whole.findings == pieces.findings)
        #expect(whole.counts.sentences == 50)
    }

    @Test func htmlUnits() {
        let html = """
            <!doctype html><html><head><title>Ignore me</title><style>p { color: red }</style></head>
            <body><h1>Money for carers</h1>
            <p>Carers can get help with costs. <em>Ask</em> us &amp; we&rsquo;ll explain.</p>
            <ul><li>Help with travel</li><li>Help with a break</li></ul>
            <table><tr><th>Cost</th><td>&pound;4.50</td></tr></table>
            <img src="a.png" alt="A carer with a cup of tea">
            <script>var x = "not text";</script>
            </body></html>
            """
        let document = HTMLTextReader().read(html, file: "page.html")
        let units = UnitCollector.units(of: document)
        #expect(units.map(\.kind) == [.heading, .paragraph, .listItem, .listItem, .tableCell, .tableCell, .pictureDescription])
        #expect(units[1].text == "Carers can get help with costs. Ask us & we’ll explain.")
        #expect(units[5].text == "£4.50")
        #expect(units[0].location.line == 2)
        let checker = Checker(profile: .named(.easyRead), onlyRules: [Emphasis.id])
        #expect(checker.check(document).findings.map(\.rule) == [Emphasis.id])
    }

    static var pandoc: String? {
        ["/usr/bin/pandoc", "/usr/local/bin/pandoc"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// A real .docx, written by pandoc in the test, read back as headings, paragraphs, list items and cells.
    @Test(.enabled(if: pandoc != nil, "needs pandoc (scripts/setup installs it)"))
    func docxMadeByPandoc() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plainly-docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let markdown = folder.appendingPathComponent("paper.md")
        try Data("""
            # Board paper: carers' support

            The board is asked to note the report. Dr Patel will present it at 10.30 a.m. on the day.

            ## Options

            - Keep the service as it is
            - Utilise the new budget

            | Option | Cost |
            |--------|------|
            | Keep   | £4.50 |

            The *preferred* option is the second.
            """.utf8).write(to: markdown)
        let docx = folder.appendingPathComponent("paper.docx")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.pandoc!)
        process.arguments = [markdown.path, "-o", docx.path]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)

        let document = try DocxReader().read(at: docx, displayPath: "paper.docx")
        #expect(Golden.compare(TreeDump.render(document), named: "docx-made-by-pandoc.txt").passed)
        let units = UnitCollector.units(of: document)
        #expect(units.first?.kind == .heading)
        #expect(units.contains { $0.kind == .listItem && $0.text == "Utilise the new budget" })
        #expect(units.contains { $0.kind == .tableCell && $0.text == "£4.50" })
        let sentences = Tokeniser().sentences(in: units[1].text)
        #expect(sentences.count == 2)

        #expect(throws: ReadError.self) { try DocxReader(maximumExpandedBytes: 1000).read(at: docx, displayPath: "paper.docx") }
        #expect(throws: ReadError.self) { try DocxReader().read(at: markdown, displayPath: "paper.md") }
    }
}

/// Text streamed in small chunks gives exactly what the whole text gives, line numbers included.
@Suite struct StreamedTextTests {
    struct Chunks: IteratorProtocol {
        var bytes: ArraySlice<UInt8>
        let size: Int

        mutating func next() -> [UInt8]? {
            guard !bytes.isEmpty else { return nil }
            let chunk = Array(bytes.prefix(size))
            bytes = bytes.dropFirst(size)
            return chunk
        }
    }

    @Test(arguments: [7, 64, 100_000])
    func streamedMatchesWhole(chunkSize: Int) {
        let text = "\u{FEFF}" + String(repeating: ReaderTests.boardPaper + "\n\n", count: 4)
        let checker = Checker(.plain)
        let whole = checker.check(PlainTextReader().read(String(text.dropFirst()), file: "long.txt"))
        let parts = StreamedTextParts(chunks: Chunks(bytes: Array(text.utf8)[...], size: chunkSize), file: "long.txt")
        let streamed = checker.check(metadata: PlainTextReader.metadata(), parts: parts)
        #expect(parts.isValidUTF8)
        #expect(whole.counts == streamed.counts)
        #expect(whole.findings == streamed.findings)
    }

    @Test func invalidUTF8StopsTheParts() {
        let parts = StreamedTextParts(chunks: Chunks(bytes: Array("Fine.\n\n".utf8)[...] + [0xE9, 0x0A], size: 3), file: "bad.txt")
        _ = Checker(.plain).check(metadata: PlainTextReader.metadata(), parts: parts)
        #expect(!parts.isValidUTF8)
    }
}
