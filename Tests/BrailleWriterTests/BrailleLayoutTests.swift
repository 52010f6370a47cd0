import Testing
@testable import BrailleWriter

@Suite struct BrailleWrapperTests {
    /// Words of n cells, each cell dots 1 ("a"): easy to count.
    private func words(_ lengths: Int...) -> [BrailleCell] {
        lengths.map { Array(repeating: BrailleCell(dots: 1), count: $0) }.joined(separator: [.blank]).map { $0 }
    }

    @Test func wordsAreNeverSplit() {
        let lines = BrailleWrapper(width: 10).wrap(words(4, 4, 4, 9))
        #expect(lines.map(\.count) == [9, 4, 9])
        for line in lines { #expect(line.first?.isBlank == false && line.last?.isBlank == false) }
    }

    @Test func aParagraphStartsInCellThreeAndRunsOverToCellOne() {
        let lines = BrailleWrapper(width: 10).wrap(words(4, 4, 4), firstIndent: 2)
        #expect(lines.map { $0.prefix { $0.isBlank }.count } == [2, 0])
        #expect(lines.allSatisfy { $0.count <= 10 })
    }

    @Test func aWordLongerThanALineIsBrokenWithTheLineContinuationIndicator() {
        let lines = BrailleWrapper(width: 10).wrap(words(2, 25, 2), indent: 2)
        // "aa"; then the long word from its indent, seven cells and the indicator a line; its last four and "aa".
        #expect(lines.map(\.count) == [2, 10, 10, 10, 2 + 4 + 1 + 2])
        #expect(lines[1].last == BrailleWrapper.continuation && lines[2].last == BrailleWrapper.continuation)
        #expect(lines[3].last == BrailleWrapper.continuation)
        #expect(lines.allSatisfy { $0.count <= 10 })
        let cells = lines.flatMap { $0.filter { $0 != BrailleWrapper.continuation && !$0.isBlank } }
        #expect(cells.count == 29, "nothing lost")
    }

    @Test func centredLinesKeepTheirMargin() {
        let lines = BrailleWrapper(width: 20).centre(words(5, 5, 5), margin: 3)
        #expect(lines.map { $0.prefix { $0.isBlank }.count } == [4, 7])
        #expect(lines.allSatisfy { $0.count <= 17 })
    }
}

@Suite struct BraillePaginatorTests {
    private let paginator = BraillePaginator(width: 10, linesPerPage: 5) { [BrailleCell(dots: 60), BrailleCell(dots: UInt8($0))] }
    private func line(_ dots: UInt8, heading: Bool = false, anchor: String? = nil) -> BrailleItem {
        .line(BrailleLine(cells: [BrailleCell(dots: dots)], keepsWithNext: heading, anchor: anchor))
    }

    @Test func aHeadingNeverEndsAPage() {
        let result = paginator.paginate([line(1), line(2), line(3), .blank, line(4, heading: true, anchor: "h"), .blank, line(5)])
        #expect(result.pages.count == 2)
        #expect(result.pages[0].count == 4, "the number line and three lines; the heading moved on")
        #expect(result.pages[1][1] == [BrailleCell(dots: 4)], "no blank line at the top of a page")
        #expect(result.anchors == ["h": 2])
    }

    @Test func everyPageIsNumberedAndNoneIsLongerThanThePage() {
        let result = paginator.paginate((1...10).map { line(UInt8($0)) })
        #expect(result.pages.map(\.count) == [5, 5, 3])
        for (index, page) in result.pages.enumerated() {
            #expect(page[0] == Array(repeating: .blank, count: 8) + [BrailleCell(dots: 60), BrailleCell(dots: UInt8(index + 1))])
        }
    }

    @Test func aHeadingLongerThanAPageIsSplitAnyway() {
        let result = paginator.paginate((1...6).map { line(UInt8($0), heading: true) } + [line(7)])
        #expect(result.pages.allSatisfy { $0.count <= 5 })
        #expect(result.pages.flatMap { $0.dropFirst() } == (1...7).map { [BrailleCell(dots: UInt8($0))] })
    }
}
