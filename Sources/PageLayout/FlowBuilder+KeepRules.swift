import PlainlyModel

/// Where a list or a table may break across pages, as a designer would allow: never inside one
/// that fits on a page, and in a longer one only where enough of it stays on each side. Where no
/// break is allowed and it still does not fit, the paginator splits it and says so once.
extension FlowBuilder {
    /// List items either side of a break in a list too long for one page: never one item alone.
    static let fewestListItemsAtABreak = 2
    /// Table rows either side of a break in a table too long for one page (the header repeats).
    static let fewestTableRowsAtABreak = 3

    /// `starts`: the index in `items` where each list item or table row begins, in order; the
    /// group runs from the first start to the end of `items`.
    func keepTogether(starts: [Int], fewestAtABreak: Int) {
        guard let first = starts.first, starts.count > 1 else { return }
        let height = items[first...].enumerated().reduce(Points.zero) { total, entry in
            total + (entry.offset == 0 ? .zero : entry.element.spaceBefore) + entry.element.height
        }
        let fits = height <= pageBodyHeight
        for (position, start) in starts.enumerated().dropFirst() where items[start].breakBefore == .allowed {
            let enoughEachSide = position >= fewestAtABreak && starts.count - position >= fewestAtABreak
            if fits || !enoughEachSide { items[start].breakBefore = .forbidden }
        }
    }
}
