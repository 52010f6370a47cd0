import PlainlyModel

/// Turns placed items into pages: absolute positions, structure elements opened and closed in
/// reading order, callout borders and the page number.
///
/// An element that holds text is closed at the foot of a page and a fresh one opened at the head of
/// the next (Cairo loses text whose paragraph stays open across a page break); grouping elements
/// such as lists and tables stay open. Artifacts are drawn with no text element open.
struct PageEmitter {
    let geometry: DocumentLayout.Geometry
    let profile: LayoutProfile
    let measurer: CachedMeasurer
    let frames: [Int: FrameStyle]
    /// While any part is a draft, every page says so at its foot, beside the page number.
    let draftNotice: String?

    static let draftNotice = Wording.draftFooter

    private(set) var anchorPages: [String: Int] = [:]
    private var open: [(logical: StructureElement, emitted: StructureElement)] = []
    private var emittedCount = 0

    init(
        geometry: DocumentLayout.Geometry, profile: LayoutProfile, measurer: CachedMeasurer, frames: [Int: FrameStyle],
        draftNotice: String? = nil
    ) {
        self.geometry = geometry
        self.profile = profile
        self.measurer = measurer
        self.frames = frames
        self.draftNotice = draftNotice
    }

    mutating func emit(_ placedPages: [[Paginator.Placed]]) -> [Page] {
        var pages: [Page] = []
        for (index, placed) in placedPages.enumerated() {
            let number = index + 1
            var items: [PageItem] = []
            for entry in placed {
                for tagged in entry.item.boxes {
                    let box = tagged.box.offsetBy(dy: entry.top)
                    if tagged.isArtifact {
                        closeTextElements(into: &items)
                    } else {
                        open(tagged.path, page: number, into: &items)
                    }
                    items.append(.box(box))
                }
            }
            closeTextElements(into: &items)
            items += frameBoxes(placed).map { .box($0) }
            items.append(.box(footer(page: number, of: placedPages.count)))
            if number == placedPages.count {
                while let last = open.popLast() { items.append(.end(last.emitted)) }
            }
            pages.append(Page(number: number, size: geometry.pageSize, items: items))
        }
        return pages
    }

    private mutating func open(_ path: [StructureElement], page: Int, into items: inout [PageItem]) {
        var common = 0
        while common < open.count, common < path.count, open[common].logical.id == path[common].id { common += 1 }
        while open.count > common { items.append(.end(open.removeLast().emitted)) }
        for element in path[common...] {
            emittedCount += 1
            var emitted = element
            emitted.id = emittedCount
            items.append(.begin(emitted))
            open.append((element, emitted))
            if let anchor = element.anchor, anchorPages[anchor] == nil { anchorPages[anchor] = page }
        }
    }

    private mutating func closeTextElements(into items: inout [PageItem]) {
        guard let first = open.firstIndex(where: { !$0.logical.role.spansPages }) else { return }
        while open.count > first { items.append(.end(open.removeLast().emitted)) }
    }

    /// One border per callout on each page it reaches, round the part of it on that page.
    private func frameBoxes(_ placed: [Paginator.Placed]) -> [Box] {
        var extents: [Int: (top: Points, bottom: Points)] = [:]
        var order: [Int] = []
        for entry in placed {
            guard let id = entry.item.frame else { continue }
            let bottom = entry.top + entry.item.height
            if let known = extents[id] {
                extents[id] = (min(known.top, entry.top), max(known.bottom, bottom))
            } else {
                extents[id] = (entry.top, bottom)
                order.append(id)
            }
        }
        return order.compactMap { id in
            guard let style = frames[id], let extent = extents[id] else { return nil }
            return .frame(FrameBox(
                frame: Rect(x: style.x, y: extent.top, width: style.width, height: extent.bottom - extent.top),
                lineWidth: style.lineWidth))
        }
    }

    /// "Page 3 of 12" at body size, on the left like the text, and the draft notice in bold at the
    /// right while parts are drafts; an artifact, like all running page furniture.
    private func footer(page: Int, of total: Int) -> Box {
        let text = Wording.page(page, of: total)
        let width = measurer.width(of: text, weight: .regular, size: profile.bodySize)
        var runs = [TextRun(x: geometry.column.x, width: width, text: text, weight: .regular)]
        if let draftNotice {
            let noticeWidth = measurer.width(of: draftNotice, weight: .bold, size: profile.bodySize)
            let x = geometry.column.x + geometry.column.width - noticeWidth
            // On a very narrow page the notice would run into the number; then the number is enough.
            if x > geometry.column.x + width + profile.bodySize {
                runs.append(TextRun(x: x, width: noticeWidth, text: draftNotice, weight: .bold))
            }
        }
        return .text(TextLineBox(baseline: geometry.footerBaseline, size: profile.bodySize, runs: runs))
    }
}
