@testable import PageLayout
import PlainlyModel
import Testing

/// A document that turns out to need a contents page is laid out again with one; when its flow
/// already proves it will run past the limit, the first layout stops before paginating.
@Suite struct ContentsPassTests {
    let measurer = FixedAdvanceMeasurer()

    func geometry() throws -> DocumentLayout.Geometry {
        try DocumentLayout.Geometry(profile: .largePrint, paper: .a4, measurer: measurer)
    }

    func items(heights: [Points]) -> [FlowItem] {
        heights.map { FlowItem(height: $0, boxes: [], location: .generated, group: "test") }
    }

    @Test func heightsOfMoreThanEightPagesSurelyFillNine() throws {
        let geometry = try geometry()
        let page = geometry.contentBottom - geometry.contentTop
        let eightPages = items(heights: Array(repeating: page, count: 8))
        #expect(!DocumentLayout.surelyFills(eightPages, pages: 9, geometry), "eight full pages may still be eight")
        let more = eightPages + items(heights: [page * 0.01])
        #expect(DocumentLayout.surelyFills(more, pages: 9, geometry))
    }

    /// A picture or table row taller than a page still fills only one as far as the count knows.
    @Test func anItemTallerThanAPageCountsAsOnePage() throws {
        let geometry = try geometry()
        let page = geometry.contentBottom - geometry.contentTop
        #expect(!DocumentLayout.surelyFills(items(heights: [page * 20]), pages: 9, geometry))
        #expect(!DocumentLayout.surelyFills(items(heights: Array(repeating: page * 3, count: 8)), pages: 9, geometry))
        #expect(DocumentLayout.surelyFills(items(heights: Array(repeating: page * 3, count: 9)), pages: 9, geometry))
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
