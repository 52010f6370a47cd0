import PageLayout

/// Where a long document's pages can be cut in two, to be drawn on two cores at once: the page
/// boundary nearest the middle of the drawing work at which no structure element is open, so that
/// each element, and each run of marked content, lies wholly in one half (`JoinedHalves` relies on
/// it). A page's work is counted as its tags and runs of text: a contents page of links costs more
/// to draw than a page of running text, and a long contents would otherwise leave one core waiting.
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
        let work = pages.map(Self.work)
        let half = work.reduce(0, +) / 2
        var open = 0
        var done = 0
        var best: (start: Int, distance: Int)?
        for (index, page) in pages.enumerated() {
            for item in page.items {
                switch item {
                case .begin: open += 1
                case .end: open -= 1
                case .box: break
                }
            }
            done += work[index]
            let next = index + 1
            guard open == 0, next < pages.count else { continue }
            let distance = abs(done - half)
            if best.map({ distance < $0.distance }) ?? true { best = (next, distance) }
            if done >= half { break }
        }
        secondStart = best?.start
    }

    /// What drawing a page costs, roughly: each tag opened and closed, each box, each run of text.
    static func work(of page: Page) -> Int {
        page.items.reduce(1) { total, item in
            if case .box(.text(let line)) = item { return total + 1 + line.runs.count }
            return total + 1
        }
    }
}
