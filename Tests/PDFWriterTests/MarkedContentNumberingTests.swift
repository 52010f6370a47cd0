import Testing

@testable import PDFWriter

/// The drawer's account of which marked-content id Cairo 1.16 gives each element's content.
@Suite struct MarkedContentNumberingTests {
    @Test func leavesAreNumberedFromZeroOnEachPage() {
        var numbering = MarkedContentNumbering()
        numbering.begin() // Document
        numbering.begin(); numbering.end()
        numbering.begin(watch: 0); numbering.end()
        numbering.endPage()
        numbering.begin(watch: 1); numbering.end()
        numbering.end()
        numbering.endPage()
        #expect(numbering.identities == [0: ContentIdentity(page: 0, mcid: 1), 1: ContentIdentity(page: 1, mcid: 0)])
    }

    /// A header cell holding a link is no leaf: it is found by its first span's content.
    @Test func anElementWithChildrenIsKnownByItsFirstLeaf() {
        var numbering = MarkedContentNumbering()
        numbering.begin() // Table
        numbering.begin() // TR
        numbering.begin(watch: 0) // TH with a link
        numbering.begin(); numbering.end() // Span
        numbering.begin(); numbering.end() // Link
        numbering.end()
        numbering.begin(watch: 1); numbering.end() // TH of plain text
        numbering.end()
        numbering.end()
        numbering.endPage()
        #expect(numbering.identities == [0: ContentIdentity(page: 0, mcid: 0), 1: ContentIdentity(page: 0, mcid: 2)])
    }

    /// Cairo marks a leaf left open at a page's end again at the head of the next page.
    @Test func aLeafOpenAcrossAPageTakesTheFirstIdOfTheNext() {
        var numbering = MarkedContentNumbering()
        numbering.begin(watch: 0)
        numbering.endPage()
        numbering.end()
        numbering.begin(watch: 1); numbering.end()
        numbering.endPage()
        #expect(numbering.identities == [0: ContentIdentity(page: 0, mcid: 0), 1: ContentIdentity(page: 1, mcid: 1)])
    }

    /// Cairo decides what is a leaf page by page: a table whose rows start on the next page is
    /// marked on the first, and not again.
    @Test func anElementWhoseChildrenComeOnTheNextPageIsALeafOnTheFirst() {
        var numbering = MarkedContentNumbering()
        numbering.begin(watch: 0) // Table
        numbering.endPage()
        numbering.begin() // TR
        numbering.begin(watch: 1); numbering.end() // TD
        numbering.end()
        numbering.end()
        numbering.endPage()
        #expect(numbering.identities == [0: ContentIdentity(page: 0, mcid: 0), 1: ContentIdentity(page: 1, mcid: 0)])
    }
}
