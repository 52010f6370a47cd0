import Testing

@testable import PDFWriter

@Suite struct ParallelMapTests {
    @Test(arguments: [0, 1, 7, 8, 9, 1000])
    func resultsComeBackInTheItemsOrder(count: Int) {
        let items = Array(0..<count)
        #expect(ParallelMap.map(items) { $0 * 3 + 1 } == items.map { $0 * 3 + 1 })
    }

    @Test func compressedPagesMatchOneThreadsWork() {
        // The post-pass's own use: the same bytes whichever core compressed which page.
        let pages = (0..<50).map { page in Array("BT /f-0-0 18 Tf (page \(page)) Tj ET\n".utf8) }
        #expect(ParallelMap.map(pages) { Flate.deflate($0) } == pages.map { Flate.deflate($0) })
    }
}
