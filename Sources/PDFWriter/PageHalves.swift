import PageLayout

/// Where a long document's pages can be cut in two, to be drawn on two cores at once: the page
/// boundary nearest the middle at which no structure element is open, so that each element, and
/// each run of marked content, lies wholly in one half (`JoinedHalves` relies on it).
struct PageHalves {
    /// Fewer pages than this are drawn in one piece: a second surface, typesetter and picture set
    /// cost a few milliseconds, about what drawing thirty pages does, and a short document is
    /// drawn fast enough on one core.
    static let fewestPages = 64

    /// The index of the first page of the second half; nil when the pages stay together.
    let secondStart: Int?

    init(_ pages: [Page], fewestPages: Int = Self.fewestPages) {
        guard pages.count >= max(fewestPages, 2) else {
            secondStart = nil
            return
        }
        var open = 0
        var best: Int?
        let middle = pages.count / 2
        for (index, page) in pages.enumerated() {
            for item in page.items {
                switch item {
                case .begin: open += 1
                case .end: open -= 1
                case .box: break
                }
            }
            let next = index + 1
            guard open == 0, next < pages.count else { continue }
            if best.map({ abs(next - middle) < abs($0 - middle) }) ?? true { best = next }
            if next >= middle { break }
        }
        secondStart = best
    }
}
