import PageLayout
import PlainlyModel
import Testing

/// The easy-read and large-print rules, checked on layouts rather than by eye.
@Suite struct PageLayoutRuleTests {
    let measurer = FixedAdvanceMeasurer()

    /// Every box with its page and the tags it sits in, innermost last.
    struct Placed {
        var page: Int
        var tags: [String]
        var box: Box
    }

    func placedBoxes(_ pages: [Page]) -> [Placed] {
        var stack: [StructureElement] = []
        var placed: [Placed] = []
        for page in pages {
            for item in page.items {
                switch item {
                case .begin(let element): stack.append(element)
                case .end: stack.removeLast()
                case .box(let box): placed.append(Placed(page: page.number, tags: stack.map(\.role.tagName), box: box))
                }
            }
        }
        #expect(stack.isEmpty, "every element is closed by the end")
        return placed
    }

    func text(_ box: Box) -> String? {
        if case .text(let line) = box { return line.text }
        return nil
    }

    @Test func everyPageSaysPageNOfM() throws {
        let result = try DocumentLayout(profile: .largePrint, measurer: measurer).layout(Samples.largePrintPaper)
        #expect(result.pages.count > 8)
        for page in result.pages {
            let footers = page.items.compactMap { item -> String? in
                if case .box(let box) = item { return text(box) }
                return nil
            }
            #expect(footers.last == "Page \(page.number) of \(result.pages.count)")
        }
    }

    @Test func headingsNeverEndAPage() throws {
        for document in [Samples.largePrintPaper, Samples.easyReadGuide] {
            let result = try DocumentLayout(profile: .named(document.metadata.profile), measurer: measurer).layout(document)
            let boxes = placedBoxes(result.pages).filter { !$0.tags.isEmpty }
            for (index, box) in boxes.enumerated() where box.tags.last?.hasPrefix("H") == true {
                let next = try #require(index + 1 < boxes.count ? boxes[index + 1] : nil, "a heading is never last")
                #expect(next.page == box.page, "heading \(text(box.box) ?? "") is on page \(box.page), what follows on \(next.page)")
            }
        }
    }

    @Test func aPartsBylineStaysWithItsText() throws {
        // Enough filler that the second part's title lands near the foot of page 2 or 3.
        for fill in 10...22 {
            let filler = (0..<fill).map { Samples.paragraph("Line \($0) of filler text.", line: $0 + 2) }
            let first = Part(title: "First", anchor: "first", blocks: filler)
            let second = Part(title: "Second", anchor: "second", by: ["Ann"], blocks: [
                Samples.paragraph("The text of the second part comes straight after its byline.", line: 40),
            ])
            let document = Document(metadata: Metadata(title: "Parts", profile: .largePrint), parts: [first, second])
            let result = try DocumentLayout(profile: .largePrint, measurer: measurer).layout(document)
            let texts = placedBoxes(result.pages).compactMap { placed in text(placed.box).map { (placed.page, $0) } }
            let byline = try #require(texts.first { $0.1 == "Written by Ann" })
            let following = try #require(texts.first { $0.1.hasPrefix("The text of the second part") })
            let heading = try #require(texts.first { $0.1 == "Second" })
            #expect(byline.0 == following.0 && heading.0 == following.0, "filler \(fill)")
        }
    }

    @Test func aListLabelStaysWithItsItem() throws {
        let items = (1...60).map { index in
            ListItem(blocks: [Samples.paragraph(
                "Item \(index) has enough words in it to run over two or three lines of large print text here.",
                line: index)])
        }
        let document = Document(metadata: Metadata(title: "List", profile: .largePrint), parts: [Part(blocks: [
            .list(ListBlock(isNumbered: true, items: items)),
        ])])
        let result = try DocumentLayout(profile: .largePrint, measurer: measurer).layout(document)
        let boxes = placedBoxes(result.pages)
        var labels = 0
        for (index, box) in boxes.enumerated() where box.tags.last == "Lbl" {
            let next = try #require(index + 1 < boxes.count ? boxes[index + 1] : nil)
            #expect(next.tags.suffix(2) == ["LBody", "P"] && next.page == box.page,
                    "label \(text(box.box) ?? "") is on page \(box.page), its text on \(next.page)")
            labels += 1
        }
        #expect(labels == 60)
        #expect(result.pages.count > 4)
    }

    @Test func aLinkToAHeadingThatDoesNotExistIsPlainTextAndReported() throws {
        let document = Document(metadata: Metadata(title: "Links", profile: .plain), parts: [Part(blocks: [
            Samples.heading("The end", level: 2, anchor: "the-end"),
            .paragraph(Paragraph(inlines: [
                .link("#the-end", [.text("the end")]), .text(" or "), .link("#nowhere", [.text("nowhere")], at: Samples.at(9)),
            ], location: Samples.at(9))),
        ])])
        let result = try DocumentLayout(profile: .plain, measurer: measurer).layout(document)
        let reported = result.diagnostics.filter { $0.id == "link-to-nowhere" }
        #expect(reported.count == 1 && reported.first?.location?.line == 9)
        let runs = result.pages.flatMap(\.items).flatMap { item -> [TextRun] in
            if case .box(.text(let line)) = item { return line.runs }
            return []
        }
        #expect(runs.contains { $0.text == "the end" && $0.tag == .link(.anchor("the-end")) })
        #expect(runs.contains { $0.text.contains("nowhere") && $0.tag == .span })
    }

    @Test func headingLevelsNeverSkipOnTheWayDown() throws {
        let document = Document(metadata: Metadata(title: "Levels", profile: .plain), parts: [Part(blocks: [
            Samples.heading("Top", level: 2, anchor: "top"),
            Samples.heading("Too deep", level: 5, anchor: "too-deep"),
            Samples.heading("Deeper", level: 6, anchor: "deeper"),
            Samples.heading("Back up", level: 3, anchor: "back-up"),
            Samples.paragraph("Text."),
        ])])
        let result = try DocumentLayout(profile: .plain, measurer: measurer).layout(document)
        let levels = result.pages.flatMap(\.items).compactMap { item -> Int? in
            if case .begin(let element) = item, case .heading(let level) = element.role { return level }
            return nil
        }
        #expect(levels == [1, 2, 3, 4, 3])
    }

    @Test func contentsPageNumbersMatchWhereHeadingsLanded() throws {
        let result = try DocumentLayout(profile: .largePrint, measurer: measurer).layout(Samples.largePrintPaper)
        // This paper is laid out a second time only because it turns out to need a contents page;
        // the numbers are written into that layout, not laid out again.
        #expect(result.passes == 2)
        var checked = 0
        var rightEdges = Set<Points>()
        for page in result.pages {
            for case .box(.text(let line)) in page.items {
                for run in line.runs {
                    guard case .link(.anchor(let anchor)) = run.tag, run.text.hasPrefix(" page ") else { continue }
                    #expect(run.text == " page \(result.anchorPages[anchor] ?? -1)")
                    #expect(run.width == measurer.width(of: run.text, weight: .regular, size: line.size))
                    rightEdges.insert(run.x + run.width)
                    checked += 1
                }
            }
        }
        #expect(checked == 9)
        // Right-aligned, every number ending where the column does.
        #expect(rightEdges.count == 1)
    }

    @Test func largePrintLeavesAtLeastTwoLinesEitherSideOfABreak() throws {
        let result = try DocumentLayout(profile: .largePrint, measurer: measurer).layout(Samples.largePrintPaper)
        // Lines of each paragraph piece, with its page; a paragraph continued on the next page is a
        // new P that opens that page.
        var pieces: [(page: Int, lines: Int, opensPage: Bool)] = []
        var inParagraph = false
        for page in result.pages {
            for (index, item) in page.items.enumerated() {
                switch item {
                case .begin(let element) where element.role == .paragraph:
                    inParagraph = true
                    pieces.append((page.number, 0, index == 0))
                case .end(let element) where element.role == .paragraph:
                    inParagraph = false
                case .box(.text) where inParagraph:
                    pieces[pieces.count - 1].lines += 1
                default: break
                }
            }
        }
        var splits = 0
        for (before, after) in zip(pieces, pieces.dropFirst()) where after.opensPage && after.page == before.page + 1 {
            #expect(before.lines >= 2, "page \(before.page) ends with \(before.lines) line of a paragraph")
            #expect(after.lines >= 2, "page \(after.page) opens with \(after.lines) line of a paragraph")
            splits += 1
        }
        #expect(splits > 0, "the sample splits at least one paragraph across pages")
    }

    @Test func easyReadBreaksOnlyBetweenSentencesAndNeverSplitsARow() throws {
        var blocks: [Block] = []
        for index in 0..<24 {
            blocks.append(Samples.row(nil, "Picture \(index)", [
                "This is a sentence that runs on to more than one line in the row.",
                "A second one.",
            ], line: index * 3 + 1))
            blocks.append(Samples.paragraph(
                "One sentence here that goes on and on over several lines of the page before it ends. Two.",
                line: index * 3 + 2))
        }
        let document = Document(metadata: Metadata(title: "Rows", profile: .easyRead), parts: [Part(blocks: blocks)])
        let result = try DocumentLayout(profile: .easyRead, measurer: measurer).layout(document)
        #expect(result.pages.count > 3)
        for page in result.pages {
            // A page never opens in the middle of a sentence: its first text line starts one.
            let firstText = page.items.compactMap { item -> TextLineBox? in
                if case .box(.text(let line)) = item { return line }
                return nil
            }.first
            let opening = try #require(firstText).text
            #expect(opening.first?.isUppercase == true || opening.hasPrefix("Page") || opening.hasPrefix("Picture"),
                    "page \(page.number) opens with \(opening.debugDescription)")
            // Each slot's frame and its row's text are on one page: rows are placed as one item.
            let frames = page.items.filter { if case .box(.frame) = $0 { return true } else { return false } }
            let slotLabels = page.items.filter { if case .box(.text(let l)) = $0 { return l.text.hasPrefix("Picture to add") } else { return false } }
            #expect(frames.count == slotLabels.count)
        }
    }

    @Test func picturesKeepTheirShapeAndAreNeverTiny() throws {
        let tiny = ["a.png": Size(width: Points(20), height: Points(10))]
        let document = Document(metadata: Metadata(title: "Pictures", profile: .easyRead), parts: [Part(blocks: [
            Samples.row("a.png", "A small picture", ["Some words."], line: 1),
            .picture(Picture(source: .file(written: "a.png", path: "a.png"), words: .description("Small"))),
        ])])
        let result = try DocumentLayout(profile: .easyRead, measurer: measurer).layout(document, pictureSizes: tiny)
        let pictures = result.pages.flatMap(\.items).compactMap { item -> PictureBox? in
            if case .box(.picture(let picture)) = item { return picture }
            return nil
        }
        #expect(pictures.count == 2)
        for picture in pictures {
            #expect(picture.frame.width >= .mm(25) - Points(0.01))
            #expect(abs(picture.frame.height / picture.frame.width - 0.5) < 0.001)
        }
    }

    @Test func aWordWiderThanTheLineIsTheOnlyOneSplitAndIsReported() throws {
        let long = String(repeating: "x", count: 120)
        let document = Document(metadata: Metadata(title: "Words", profile: .largePrint), parts: [Part(blocks: [
            Samples.paragraph("Short words come first and then \(long) ends it.", line: 4),
        ])])
        let result = try DocumentLayout(profile: .largePrint, measurer: measurer).layout(document)
        let reported = result.diagnostics.filter { $0.id == "word-too-wide" }
        #expect(reported.count == 1)
        #expect(reported.first?.location?.line == 4)
        let lines = placedBoxes(result.pages).filter { $0.tags == ["P"] }.compactMap { text($0.box) }
        #expect(lines.first == "Short words come first and then ", "the space where the line wraps is kept")
        #expect(lines.allSatisfy { line in line.split(separator: " ").allSatisfy { $0.allSatisfy { $0 == "x" } || !$0.contains("x") } })
    }

    @Test func aGroupTallerThanAPageIsSplitAndReportedAndLayoutEnds() throws {
        let sentences = (1...80).map { "Sentence \($0) is here." }.joined(separator: " ")
        let document = Document(metadata: Metadata(title: "Box", profile: .largePrint), parts: [Part(blocks: [
            .callout(Callout(kind: .note, blocks: [Samples.paragraph(sentences, line: 7)], location: Samples.at(6))),
        ])])
        let result = try DocumentLayout(profile: .largePrint, measurer: measurer).layout(document)
        #expect(result.diagnostics.filter { $0.id == "group-split" }.count == 1)
        #expect(result.pages.count >= 3)
        // The border is drawn round the part of the box on each page it reaches.
        let framedPages = result.pages.filter { page in
            page.items.contains { if case .box(.frame(let f)) = $0 { return f.lineWidth == Points(3) } else { return false } }
        }
        #expect(framedPages.count == result.pages.count - 1)
    }

    static func pagesWithRows(_ result: PageLayoutResult) -> [Page] {
        result.pages.filter { page in
            page.items.contains { if case .begin(let e) = $0 { return e.role == .tableRow } else { return false } }
        }
    }

    /// The sample's 14-row table fits on a page, so it moves whole rather than split.
    @Test func aTableThatFitsOnAPageIsNeverSplit() throws {
        let result = try DocumentLayout(profile: .largePrint, measurer: measurer).layout(Samples.largePrintPaper)
        #expect(Self.pagesWithRows(result).count == 1)
    }

    @Test func aLongTableSplitsWithItsHeaderRepeatedAndThreeRowsEachSide() throws {
        let rows = (1...40).map { index in
            [TableCell(inlines: [.text("Service \(index)")]), TableCell(inlines: [.text("\(index * 3) people")])]
        }
        let document = Document(metadata: Metadata(title: "Rows", profile: .largePrint), parts: [Part(blocks: [
            .table(Table(header: [TableCell(inlines: [.text("Service")]), TableCell(inlines: [.text("People")])],
                         rows: rows, location: Samples.at(3))),
        ])])
        let result = try DocumentLayout(profile: .largePrint, measurer: measurer).layout(document)
        let pagesWithRows = Self.pagesWithRows(result)
        #expect(pagesWithRows.count >= 2)
        for (index, page) in pagesWithRows.enumerated() {
            let tagged = page.items.filter { if case .begin(let e) = $0 { return e.role == .tableRow } else { return false } }
            // The header row is tagged only where the table starts; it is drawn as an artifact after.
            let bodyRows = tagged.count - (index == 0 ? 1 : 0)
            #expect(bodyRows >= 3, "page \(page.number) holds at least three of the table's rows")
        }
        for page in pagesWithRows {
            let texts = page.items.compactMap { item -> String? in
                if case .box(.text(let line)) = item { return line.text }
                return nil
            }
            #expect(texts.contains("Service"), "page \(page.number) shows the header row")
        }
        // On the continuation page the header is drawn outside any tag: an artifact.
        let continuation = try #require(pagesWithRows.last)
        var depth = 0
        for item in continuation.items {
            switch item {
            case .begin: depth += 1
            case .end: depth -= 1
            case .box(.text(let line)) where line.text == "Service": #expect(depth <= 1, "repeated header is not tagged as a row")
            default: break
            }
        }
    }

    @Test(arguments: [(Profile.easyRead, 13.0, false), (.easyRead, 14.0, true), (.largePrint, 15.5, false),
                      (.largePrint, 16.0, true), (.plain, 11.0, false), (.largePrint, 60.0, false)])
    func bodySizeHasAFloorPerProfile(profile: Profile, size: Double, allowed: Bool) {
        let result = Result { () throws(PageLayoutError) in try LayoutProfile.named(profile).withBodySize(Points(size)) }
        switch result {
        case .success(let changed): #expect(allowed && changed.bodySize == Points(size))
        case .failure(let error):
            #expect(!allowed)
            #expect(error.description.contains("pt"))
        }
    }

    @Test func everyPaperSizeLaysOut() throws {
        for paper in PaperSize.allCases {
            let result = try DocumentLayout(profile: .easyRead, paper: paper, measurer: measurer).layout(Samples.easyReadGuide)
            #expect(result.pages.allSatisfy { $0.size == paper.size })
            // No text line reaches past the right margin.
            let margin = Points.mm(20)
            for placed in placedBoxes(result.pages) {
                if case .text(let line) = placed.box, let last = line.runs.last {
                    #expect(last.x + last.width <= paper.size.width - margin + Points(0.01))
                }
            }
        }
    }
}
