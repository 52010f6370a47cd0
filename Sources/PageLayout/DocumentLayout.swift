import PlainlyModel

/// Lays a document out into pages of positioned boxes: title page, contents when the document needs
/// one, the parts, then the "Hard words" and contact card, with "Page N of M" at the foot of each page.
///
/// Pure Swift: text is measured through `TextMeasuring`, pictures are known only by their natural
/// sizes, so the same layout can be drawn by any writer and dumped as text in tests.
public struct DocumentLayout {
    public var profile: LayoutProfile
    public var paper: PaperSize
    public var measurer: any TextMeasuring
    /// nil: the contents page appears when the document has more than 4 parts or more than 8 pages.
    public var includeContents: Bool?

    /// The contents page is added once a document runs past this many pages.
    public static let pagesNeedingContents = 9

    public init(profile: LayoutProfile, paper: PaperSize = .a4, measurer: any TextMeasuring, includeContents: Bool? = nil) {
        self.profile = profile
        self.paper = paper
        self.measurer = measurer
        self.includeContents = includeContents
    }

    /// - Parameter pictureSizes: natural sizes of the pictures that loaded, by path relative to the
    ///   base folder; any picture not listed is drawn as a slot.
    public func layout(_ document: Document, pictureSizes: [String: Size] = [:]) throws(PageLayoutError) -> PageLayoutResult {
        let geometry = try Geometry(profile: profile, paper: paper, measurer: measurer)
        let measurer = CachedMeasurer(self.measurer)
        let assembly = DocumentAssembly(document)
        let withContents = includeContents ?? assembly.needsContents
        // Only a document that may turn out to need a contents page is laid out twice, and the first
        // layout stops once it knows (`PageTally`), so at most a few pages are broken into lines twice.
        let mayNeedContents = includeContents == nil && !withContents
        let first = pass(
            document, assembly, geometry, measurer, pictureSizes, contents: withContents,
            abandonAt: mayNeedContents ? Self.pagesNeedingContents : nil)
        guard let result = first, !(mayNeedContents && result.pages.count >= Self.pagesNeedingContents) else {
            // A contents page moves everything after it: lay the document out again with one.
            var second = pass(document, assembly, geometry, measurer, pictureSizes, contents: true, abandonAt: nil)!
            second.passes = 2
            return ContentsNumbers.fill(second, measurer: measurer)
        }
        guard withContents else { return result }
        return ContentsNumbers.fill(result, measurer: measurer)
    }

    struct Geometry {
        var pageSize: Size
        var column: FlowBuilder.Column
        var contentTop: Points
        var contentBottom: Points
        var footerBaseline: Points

        init(profile: LayoutProfile, paper: PaperSize, measurer: any TextMeasuring) throws(PageLayoutError) {
            pageSize = paper.size
            let margin = max(profile.margin, .mm(20))
            column = FlowBuilder.Column(x: margin, width: pageSize.width - margin * 2)
            contentTop = margin
            let metrics = measurer.metrics(weight: .regular, size: profile.bodySize)
            footerBaseline = pageSize.height - margin - metrics.descent
            contentBottom = pageSize.height - margin - profile.lineHeight - profile.bodySize
            // A line must hold a few words and a page a few lines, or the text is simply too large.
            guard column.width >= profile.bodySize * 12, contentBottom - contentTop >= profile.lineHeight * 8 else {
                throw .marginsLeaveNoRoom(paper: paper)
            }
        }
    }

    /// The anchors links may go to: parts, headings anywhere, and the generated pages.
    static func anchors(in document: Document, assembly: DocumentAssembly) -> Set<String> {
        struct Collector: ContentWalker {
            var anchors = Set<String>()
            mutating func visitHeading(_ heading: Heading) {
                if !heading.anchor.isEmpty { anchors.insert(heading.anchor) }
            }
        }
        var collector = Collector()
        collector.visitDocument(document)
        // The generated sections (a paper's cover, the diary) have headings of their own.
        collector.visitBlocks(assembly.paperCover + assembly.diary)
        for part in document.parts where !part.anchor.isEmpty { collector.anchors.insert(part.anchor) }
        return collector.anchors.union([FlowBuilder.contentsAnchor, FlowBuilder.glossaryAnchor, FlowBuilder.contactAnchor])
    }

    private func pass(
        _ document: Document, _ assembly: DocumentAssembly, _ geometry: Geometry, _ measurer: CachedMeasurer,
        _ pictureSizes: [String: Size], contents withContents: Bool, abandonAt pageCount: Int?
    ) -> PageLayoutResult? {
        // With `pageCount`: nil as soon as the flow proves the document runs to that many pages, before
        // the rest of it is built, paginated and boxed only to be laid out again with a contents page.
        let builder = FlowBuilder(
            profile: profile, measurer: measurer, pictureSizes: pictureSizes,
            pageBodyHeight: geometry.contentBottom - geometry.contentTop)
        let column = geometry.column
        builder.anchors = Self.anchors(in: document, assembly: assembly)
        builder.stopsAtPages = pageCount
        let insideCoverOpen = builder.titlePage(assembly.titlePage, paperCover: assembly.paperCover, column: column)
        let diary = assembly.diary
        if withContents {
            // The contents may share the inside of a cover with who made the document.
            builder.contents(assembly.contents, column: column, startsPage: !insideCoverOpen)
            builder.breakPage()
        } else if insideCoverOpen {
            builder.breakPage()
        }
        let articlesStartNewPage = document.metadata.kind == .newsletter && document.metadata.newsletter.articleStartsNewPage
        for part in document.parts {
            if builder.surelyFillsPages() { return nil }
            if profile.partsStartNewPage || articlesStartNewPage { builder.breakPage() }
            if let title = part.title {
                builder.heading(Heading(level: Part.titleLevel, inlines: [.text(title)], anchor: part.anchor,
                                        location: part.location), column: column, prefix: [])
            }
            if let byline = assembly.byline(for: part) {
                builder.paragraph([.text(byline)], column: column, prefix: [], location: part.location)
                builder.keepWithWhatFollows()
            }
            if part.status == .draft {
                builder.paragraph([.strong([.text(Wording.draftPartLabel)]), .text(" " + Wording.draftPartNote)],
                                  column: column, prefix: [], location: part.location)
                builder.keepWithWhatFollows()
            }
            builder.blocks(assembly.blocks(of: part), column: column, prefix: [])
        }
        if articlesStartNewPage && !diary.isEmpty { builder.breakPage() }
        builder.blocks(diary, column: column, prefix: [])
        if let glossary = assembly.glossary { builder.glossary(glossary, column: column) }
        if let card = assembly.contactCard { builder.contactCard(card, column: column) }
        builder.blocks(assembly.pictureCredit, column: column, prefix: [])

        if builder.surelyFillsPages() { return nil }
        var diagnostics = builder.diagnostics
        let paginator = Paginator(contentTop: geometry.contentTop, contentBottom: geometry.contentBottom)
        let placedPages = paginator.paginate(builder.items, diagnostics: &diagnostics)
        var emitter = PageEmitter(
            geometry: geometry, profile: profile, measurer: measurer, frames: builder.frames,
            draftNotice: document.hasDraftParts ? PageEmitter.draftNotice : nil)
        let pages = emitter.emit(placedPages)
        return PageLayoutResult(pages: pages, anchorPages: emitter.anchorPages, diagnostics: diagnostics, passes: 1)
    }
}
