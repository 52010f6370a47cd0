import PageLayout
import PlainlyModel
import Testing

@testable import PDFWriter

/// Where a long document's pages are cut in two: the boundary nearest the middle with no element open.
@Suite struct PageHalvesTests {
    static let size = Size(width: Points(595), height: Points(842))

    /// A page that opens `opens` elements and closes `closes`.
    static func page(opens: Int = 0, closes: Int = 0) -> Page {
        let element = StructureElement(role: .list, id: 1)
        return Page(number: 1, size: size, items: Array(repeating: .begin(element), count: opens) + Array(repeating: .end(element), count: closes))
    }

    @Test func aShortDocumentStaysWhole() {
        #expect(PageHalves(Array(repeating: Self.page(), count: 63)).secondStart == nil)
        #expect(PageHalves(Array(repeating: Self.page(), count: 64)).secondStart == 32)
    }

    @Test func theCutFollowsTheWorkNotThePageCount() {
        // Sixteen pages of contents, each with as much to draw as five ordinary pages, then 80
        // ordinary pages: the halves meet near the end of the contents's work, not at page 48.
        let rule = Box.rule(RuleBox(fromX: Points(0), fromY: Points(0), toX: Points(1), toY: Points(0), lineWidth: Points(1)))
        let busy = Page(number: 1, size: Self.size, items: Array(repeating: PageItem.box(rule), count: 4))
        let pages = Array(repeating: busy, count: 16) + Array(repeating: Self.page(), count: 80)
        // 16 × 5 + 80 = 160 units: half is 80, reached after the sixteenth page.
        #expect(PageHalves(pages).secondStart == 16)
    }

    @Test func theCutIsNeverInsideAnElement() {
        // A paragraph runs over pages 3 to 6 (0-based): no cut before 4, 5 or 6.
        var pages = Array(repeating: Self.page(opens: 1, closes: 1), count: 10)
        pages[3] = Self.page(opens: 1)
        pages[4] = Self.page()
        pages[5] = Self.page()
        pages[6] = Self.page(closes: 1)
        #expect(PageHalves(pages, fewestPages: 2).secondStart == 3)
    }

    @Test func withNoBoundaryOutsideElementsThePagesStayWhole() {
        var pages = Array(repeating: Self.page(), count: 8)
        pages[0] = Self.page(opens: 1)
        pages[7] = Self.page(closes: 1)
        #expect(PageHalves(pages, fewestPages: 2).secondStart == nil)
    }
}
