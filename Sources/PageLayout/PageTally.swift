import PlainlyModel

/// A lower bound on the pages a flow of items fills, kept as items are added: the paginator never
/// overlaps two items, and an item taller than a page takes at least a page, so the items' heights,
/// each counted as at most a page, add up to no more than the pages they fill. Heights only grow
/// once an item is added (a callout's padding), so the bound stays a bound.
struct PageTally {
    let pageHeight: Points
    private(set) var counted = 0
    private(set) var total = Points.zero

    init(pageHeight: Points) {
        self.pageHeight = pageHeight
    }

    /// Counts the items added since the last call.
    mutating func count(_ items: [FlowItem]) {
        while counted < items.count {
            total = total + min(items[counted].height, pageHeight)
            counted += 1
        }
    }

    /// Whether the items counted cannot fit on fewer than `pages` pages.
    func surelyFills(_ pages: Int) -> Bool {
        pageHeight > .zero && total > pageHeight * Double(pages - 1)
    }
}
