import PlainlyModel

/// Fills pages with flow items in order, honouring the keep rules: when an item does not fit, the
/// page breaks at the last place a break is allowed and everything after it moves on. A group that
/// cannot fit even on an empty page is split where the page runs out, and reported. Every step
/// either places an item or starts an empty page that will take one, so pagination always ends.
struct Paginator {
    struct Placed {
        var item: FlowItem
        var top: Points
    }

    let contentTop: Points
    let contentBottom: Points

    func paginate(_ items: [FlowItem], diagnostics: inout [Diagnostic]) -> [[Placed]] {
        var pages: [[Placed]] = []
        var page: [Placed] = []
        /// Index in `items` of each placed item on the current page (header copies have none).
        var placedIndices: [Int?] = []
        var cursor = contentTop
        /// One report per group, however many pages it runs over.
        var reportedSplits = Set<String>()
        var index = 0

        func newPage() {
            pages.append(page)
            page = []
            placedIndices = []
            cursor = contentTop
        }

        func place(_ item: FlowItem, index: Int?) {
            let space = page.isEmpty ? Points.zero : item.spaceBefore
            page.append(Placed(item: item, top: cursor + space))
            placedIndices.append(index)
            cursor = cursor + space + item.height
        }

        while index < items.count {
            let item = items[index]
            if item.breakBefore == .newPage && !page.isEmpty {
                newPage()
                continue
            }
            // A table row that opens a page brings its header row with it.
            let header = page.isEmpty ? item.repeatedHeader : []
            let headerHeight = header.reduce(Points.zero) { $0 + $1.height }
            let space = page.isEmpty ? Points.zero : item.spaceBefore
            if page.isEmpty || cursor + space + headerHeight + item.height <= contentBottom {
                if page.isEmpty && headerHeight + item.height > contentBottom - contentTop {
                    diagnostics.append(.warning(
                        "part of a \(item.group) is taller than a page, so it runs past the foot of the page",
                        id: "taller-than-page", at: item.location.isGenerated ? nil : item.location))
                }
                for copy in header { place(copy, index: nil) }
                place(item, index: index)
                index += 1
                continue
            }
            if item.breakBefore != .forbidden {
                newPage()
                continue
            }
            // Roll back to the last item on this page before which a break is allowed.
            var rollback: Int?
            for position in stride(from: page.count - 1, through: 1, by: -1) {
                if let placedIndex = placedIndices[position], items[placedIndex].breakBefore != .forbidden {
                    rollback = position
                    break
                }
            }
            if let position = rollback, let target = placedIndices[position] {
                page.removeSubrange(position...)
                placedIndices.removeSubrange(position...)
                newPage()
                index = target
                continue
            }
            // The whole page is one group and it still does not fit: split it here and say so.
            let groupStart = placedIndices.compactMap { $0 }.first ?? index
            if reportedSplits.insert("\(items[groupStart].location)|\(item.group)").inserted {
                diagnostics.append(Diagnostic(
                    .warning, "a \(item.group) does not fit on one page, so it is split across pages",
                    id: "group-split", at: item.location.isGenerated ? nil : item.location,
                    why: "Readers lose their place when something that belongs together is split.",
                    suggestion: "Make it shorter, or break it into smaller pieces."))
            }
            newPage()
        }
        if !page.isEmpty || pages.isEmpty { pages.append(page) }
        return pages
    }
}
