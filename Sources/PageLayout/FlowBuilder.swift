import PlainlyModel

/// Turns blocks into flow items for one column, applying the profile: sizes, spacing, and the keep
/// rules expressed as break rules between items.
final class FlowBuilder {
    struct Column {
        var x: Points
        var width: Points
    }

    let profile: LayoutProfile
    let measurer: CachedMeasurer
    /// Every anchor a link may go to: headings, parts and the generated pages.
    var anchors: Set<String>?
    /// Natural sizes of the pictures that loaded; a picture not listed is drawn as a slot.
    let pictureSizes: [String: Size]
    /// The tallest an item may be: the page's text area.
    let pageBodyHeight: Points
    /// Lines of a paragraph either side of a page break, at the least: a designer never leaves one
    /// line alone at the foot or the head of a page.
    static let fewestLinesAtABreak = 2

    var items: [FlowItem] = []
    var frames: [Int: FrameStyle] = [:]
    var diagnostics: [Diagnostic] = []
    var nextID = 1
    var keepWithNext = false
    /// PDF/UA forbids skipping heading levels on the way down (H2 then H4), so a deeper heading is
    /// tagged, and sized, one level below the one before it.
    private var lastHeadingLevel = 1
    private var startNewPage = false
    /// Set for a layout that is only finding out whether the document runs to this many pages: the
    /// builder stops adding blocks once its items prove it does (see `PageTally`).
    var stopsAtPages: Int?
    private var tally: PageTally
    private var stopped = false

    init(
        profile: LayoutProfile, measurer: CachedMeasurer, pictureSizes: [String: Size],
        pageBodyHeight: Points
    ) {
        self.profile = profile
        self.measurer = measurer
        self.pictureSizes = pictureSizes
        self.pageBodyHeight = pageBodyHeight
        tally = PageTally(pageHeight: pageBodyHeight)
    }

    /// Whether the items so far surely fill `stopsAtPages` pages; once they do, no more blocks are
    /// added.
    func surelyFillsPages() -> Bool {
        guard let pages = stopsAtPages else { return false }
        if !stopped {
            tally.count(items)
            stopped = tally.surelyFills(pages)
        }
        return stopped
    }

    var body: Points { profile.bodySize }

    func element(
        _ role: StructureRole, anchor: String? = nil, title: String? = nil, alternateText: String? = nil
    ) -> StructureElement {
        defer { nextID += 1 }
        return StructureElement(role: role, id: nextID, anchor: anchor, title: title, alternateText: alternateText)
    }

    func breakPage() { startNewPage = true }

    /// Keeps what comes next on the page of the last item added (a part's byline with its text).
    func keepWithWhatFollows() { keepWithNext = true }

    func add(_ item: FlowItem) {
        var item = item
        if startNewPage {
            item.breakBefore = .newPage
            startNewPage = false
        } else if keepWithNext && item.breakBefore == .allowed {
            item.breakBefore = .forbidden
        }
        keepWithNext = false
        items.append(item)
    }

    // MARK: Text

    /// Lays text out as one item a line, top of the first line at 0; returns the items unadded.
    func textItems(
        _ inlines: [Inline], weight: FontWeight = .regular, size: Points, lineSpacing: Double? = nil,
        column: Column, path: [StructureElement], location: SourceLocation, group: String
    ) -> (items: [FlowItem], lines: [BrokenLine]) {
        let lines = LineBreaker(measurer: measurer, size: size, anchors: anchors).lines(
            for: inlines, width: column.width, weight: weight, location: location, diagnostics: &diagnostics)
        let lineHeight = size * (lineSpacing ?? profile.lineSpacing)
        let metrics = measurer.metrics(weight: weight, size: size)
        let baseline = (lineHeight - (metrics.ascent + metrics.descent)) / 2 + metrics.ascent
        let items = lines.map { line in
            let runs = line.runs.map { run -> TextRun in
                var placed = run
                placed.x = column.x + run.x
                return placed
            }
            let box = TaggedBox(path: path, box: .text(TextLineBox(baseline: baseline, size: size, runs: runs)))
            return FlowItem(height: lineHeight, boxes: [box], location: location, group: group)
        }
        return (items, lines)
    }

    /// A paragraph: one item a line, with breaks only where the profile allows them.
    func paragraph(
        _ inlines: [Inline], weight: FontWeight = .regular, column: Column, prefix: [StructureElement],
        spaceBefore: Points? = nil, location: SourceLocation, role: StructureRole = .paragraph
    ) {
        let path = prefix + [element(role)]
        var (lineItems, lines) = textItems(
            inlines, weight: weight, size: body, column: column, path: path, location: location, group: "paragraph")
        // Never a single line of a paragraph alone at the foot or the head of a page.
        let minimum = max(profile.minimumLinesAtBreak, Self.fewestLinesAtABreak)
        for index in lineItems.indices {
            if index == 0 {
                lineItems[index].spaceBefore = spaceBefore ?? body * profile.paragraphSpacing
                continue
            }
            var allowed = index >= minimum && lineItems.count - index >= minimum
            if profile.breaksOnlyBetweenSentences { allowed = allowed && lines[index - 1].endsSentence }
            lineItems[index].breakBefore = allowed ? .allowed : .forbidden
        }
        lineItems.forEach(add)
    }

    func heading(_ heading: Heading, column: Column, prefix: [StructureElement]) {
        let title = heading.inlines.plainText
        let level = min(max(heading.level, 2), lastHeadingLevel + 1)
        lastHeadingLevel = level
        let role = StructureRole.heading(level)
        let anchor = heading.anchor.isEmpty ? nil : heading.anchor
        headingText(heading.inlines, level: level, column: column,
                    path: prefix + [element(role, anchor: anchor, title: title)], location: heading.location)
    }

    /// A heading's lines stay together and with the first lines of what follows.
    func headingText(
        _ inlines: [Inline], level: Int, column: Column, path: [StructureElement], location: SourceLocation
    ) {
        var (lineItems, _) = textItems(
            inlines, weight: .bold, size: profile.headingSize(level: level), lineSpacing: 1.25, column: column,
            path: path, location: location, group: "heading and the text after it")
        for index in lineItems.indices {
            if index == 0 {
                lineItems[index].spaceBefore = body * profile.headingSpacing
            } else {
                lineItems[index].breakBefore = .forbidden
            }
        }
        lineItems.forEach(add)
        keepWithNext = true
    }

    // MARK: Walking blocks

    func blocks(_ blocks: [Block], column: Column, prefix: [StructureElement], firstSpaceBefore: Points? = nil) {
        for (index, block) in blocks.enumerated() {
            if surelyFillsPages() { return }
            let start = items.count
            self.block(block, column: column, prefix: prefix)
            if index == 0, let space = firstSpaceBefore, start < items.count { items[start].spaceBefore = space }
            // A lead-in ("The boards:") stays with the list, table or text it introduces.
            if case .paragraph(let paragraph) = block, index + 1 < blocks.count, paragraph.inlines.introducesWhatFollows {
                keepWithNext = true
            }
        }
    }

    func block(_ block: Block, column: Column, prefix: [StructureElement]) {
        switch block {
        case .heading(let node): heading(node, column: column, prefix: prefix)
        case .paragraph(let node): paragraph(node.inlines, column: column, prefix: prefix, location: node.location)
        case .easyReadRow(let node): easyReadRow(node, column: column, prefix: prefix)
        case .picture(let node): picture(node, column: column, prefix: prefix)
        case .list(let node): list(node, column: column, prefix: prefix)
        case .callout(let node): callout(node, column: column, prefix: prefix)
        case .table(let node): table(node, column: column, prefix: prefix)
        case .titlePage(let node): titlePage(node, column: column)
        case .contents(let node): contents(node, column: column)
        case .glossary(let node): glossary(node, column: column)
        case .contactCard(let node): contactCard(node, column: column)
        }
    }

}
