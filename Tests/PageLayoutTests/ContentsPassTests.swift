@testable import PageLayout
import PlainlyModel
import Testing

/// A document that turns out to need a contents page is laid out again with one; once its flow
/// proves it will run past the limit, the first layout stops adding blocks.
@Suite struct ContentsPassTests {
    let measurer = FixedAdvanceMeasurer()

    let page = Points(500)

    func items(heights: [Points]) -> [FlowItem] {
        heights.map { FlowItem(height: $0, boxes: [], location: .generated, group: "test") }
    }

    func surelyFillsNine(_ heights: [Points]) -> Bool {
        var tally = PageTally(pageHeight: page)
        tally.count(items(heights: heights))
        return tally.surelyFills(9)
    }

    @Test func heightsOfMoreThanEightPagesSurelyFillNine() {
        let eightPages = Array(repeating: page, count: 8)
        #expect(!surelyFillsNine(eightPages), "eight full pages may still be eight")
        #expect(surelyFillsNine(eightPages + [page * 0.01]))
    }

    @Test func itemsAreCountedOnceAsTheyCome() {
        var tally = PageTally(pageHeight: page)
        var flow = items(heights: Array(repeating: page, count: 4))
        tally.count(flow)
        tally.count(flow)
        #expect(tally.total == page * 4.0)
        flow += items(heights: [page * 5])
        tally.count(flow)
        #expect(tally.total == page * 5.0)
    }

    /// A picture or table row taller than a page still fills only one as far as the count knows.
    @Test func anItemTallerThanAPageCountsAsOnePage() {
        #expect(!surelyFillsNine([page * 20]))
        #expect(!surelyFillsNine(Array(repeating: page * 3, count: 8)))
        #expect(surelyFillsNine(Array(repeating: page * 3, count: 9)))
    }

    /// Stopping the first layout early gives exactly the layout a forced contents page gives.
    @Test func aLongDocumentGetsTheSameLayoutAsOneAskedForContents() throws {
        let document = Samples.largePrintPaper
        let found = try DocumentLayout(profile: .largePrint, measurer: measurer).layout(document)
        let asked = try DocumentLayout(profile: .largePrint, measurer: measurer, includeContents: true).layout(document)
        #expect(found.passes == 2)
        #expect(found.pages == asked.pages)
        #expect(found.anchorPages == asked.anchorPages)
    }

    @Test func aShortDocumentHasNoContentsAndOnePass() throws {
        let document = Document(metadata: Metadata(title: "Short", profile: .largePrint), parts: [
            Part(blocks: [Samples.heading("One", level: 2, anchor: "one"), Samples.paragraph("A short text.")], location: .generated),
        ])
        let result = try DocumentLayout(profile: .largePrint, measurer: measurer).layout(document)
        #expect(result.passes == 1)
        #expect(result.anchorPages[FlowBuilder.contentsAnchor] == nil)
    }
}
