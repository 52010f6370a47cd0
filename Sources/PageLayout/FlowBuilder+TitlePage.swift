import PlainlyModel

/// The first page: the title page, with a board paper's "About this paper" on it when it fits; or,
/// with `cover:` or `logo:`, a cover page, whose other details go on the inside of the cover.
extension FlowBuilder {
    /// The most of the page a cover picture may take, so the title and dates always have room.
    static let largestCoverShare = 0.5
    /// The least a cover picture is given when the words leave less room: it stays a large picture,
    /// and the paginator reports the page if the two cannot share it.
    static let smallestCoverShare = 0.25
    /// A logo's box: at most this share of the text column's width and of the page's height.
    static let logoWidthShare = 0.4
    static let logoHeightShare = 0.12
    /// A slot is drawn three-quarters as high as it is wide (`slotBoxes`).
    static let slotAspectRatio = 0.75

    /// - Parameter paperCover: a board paper's "About this paper" (`DocumentAssembly.paperCover`).
    /// - Returns: whether the page after a cover is left open, holding the cover's other details,
    ///   for the contents to follow on it. Otherwise the next block starts a new page.
    @discardableResult
    func titlePage(_ page: TitlePage, paperCover: [Block] = [], column: Column) -> Bool {
        if page.isCover { return coverPage(page, paperCover: paperCover, column: column) }
        let start = items.count
        titleLines(page, column: column)
        // Sharing the page with a paper's cover block, the lines sit a little closer, so that in
        // large print the two fit on one page.
        dateAndDetails(page.date, page.detailsBeforeLogo, of: page, column: column,
                       gap: paperCover.isEmpty ? Self.detailsGap : Self.detailsGapBesidePaperCover)
        let paperStart = items.count
        blocks(paperCover, column: column, prefix: [])
        // A title page taller than a page by itself (a title of many lines) is the paginator's to
        // split and report; only a cover block that exists can move.
        let paperFits = paperStart == items.count || height(start..<items.count) <= pageBodyHeight
        let firstPageEnd = paperFits ? items.count : paperStart
        // The title sits a little way down the page, where the eye lands first, when there is room.
        let room = pageBodyHeight - height(start..<firstPageEnd)
        if firstPageEnd > start && room > .zero { items[start].padTop(min(pageBodyHeight * 0.15, room)) }
        keepOnePage(start..<firstPageEnd)
        if !paperFits {
            items[paperStart].breakBefore = .newPage
            diagnostics.append(Diagnostic(
                .note, "'\(Wording.aboutThisPaper)' does not fit on the title page at this size, so it starts on the next page",
                id: "paper-cover-own-page", at: page.location.isGenerated ? nil : page.location,
                why: "A board reads what the paper is for and what it is asked to decide first.",
                suggestion: "Shorten the title, the purpose or the decision needed to keep them on the title page."))
        }
        breakPage()
        return false
    }

    /// The title, subtitle, "Easy read" or "Large print", a large picture, the date and review date,
    /// and the logo at the foot; who made it and the version open the next page, with a paper's
    /// cover block after them.
    private func coverPage(_ page: TitlePage, paperCover: [Block], column: Column) -> Bool {
        let start = items.count
        titleLines(page, column: column)
        let pictureIndex = items.count
        dateAndDetails(page.date, page.detailsBeforeLogo, of: page, column: column)
        let logo = page.logo.map { logoItem($0, column: column) }
        let logoHeight = logo.map { $0.height + $0.spaceBefore } ?? .zero
        if let cover = page.cover {
            let space = body * 1.5
            // A point to spare, so rounding never pushes the logo over the foot.
            let room = pageBodyHeight - height(start..<items.count) - logoHeight - space - Points(1)
            let tallest = min(max(room, pageBodyHeight * Self.smallestCoverShare), pageBodyHeight * Self.largestCoverShare)
            var item = picture(cover, maximum: Size(width: column.width, height: tallest), column: column)
            item.spaceBefore = space
            items.insert(item, at: pictureIndex)
        }
        if var logo {
            // At the foot of the page, where a reader looks for who made it; a point short of it, so
            // rounding never pushes it over.
            let room = pageBodyHeight - height(start..<items.count) - logo.height - Points(1)
            logo.spaceBefore = max(logo.spaceBefore, room)
            items.append(logo)
        }
        keepOnePage(start..<items.count)
        guard !page.detailsAfterLogo.isEmpty || !paperCover.isEmpty else {
            breakPage()
            return false
        }
        breakPage()
        let inside = items.count
        dateAndDetails(nil, page.detailsAfterLogo, of: page, column: column)
        blocks(paperCover, column: column, prefix: [])
        if inside < items.count { items[inside].spaceBefore = .zero }
        return true
    }

    /// A draft's banner, the title, the subtitle and the profile's name.
    private func titleLines(_ page: TitlePage, column: Column) {
        // Said first, before the title, so nobody takes a draft for the agreed version.
        if page.isDraft {
            paragraph([.strong([.text(Wording.draftBannerLabel)]), .text(" " + Wording.draftBanner)],
                      column: column, prefix: [], spaceBefore: .zero, location: page.location)
        }
        headingText([.text(page.title)], level: 1, column: column,
                    path: [element(.heading(1), title: page.title)], location: page.location)
        keepWithNext = false
        if let subtitle = page.subtitle {
            var (lineItems, _) = textItems(
                [.text(subtitle)], size: profile.headingSize(level: 3), lineSpacing: 1.3, column: column,
                path: [element(.paragraph)], location: page.location, group: "title page")
            if !lineItems.isEmpty { lineItems[0].spaceBefore = body * 0.8 }
            lineItems.forEach(add)
        }
        // "Easy read" or "Large print", bold and as large as a section heading: a reader picking the
        // document up sees at once whether it is made for them.
        if let name = page.profileName {
            var (lineItems, _) = textItems(
                [.text(name)], weight: .bold, size: profile.headingSize(level: 2), lineSpacing: 1.3, column: column,
                path: [element(.paragraph)], location: page.location, group: "title page")
            if !lineItems.isEmpty { lineItems[0].spaceBefore = body * 0.8 }
            lineItems.forEach(add)
        }
    }

    /// Space before the date and before the first detail line, in body sizes.
    static let detailsGap = 1.5
    static let detailsGapBesidePaperCover = 1.0

    private func dateAndDetails(
        _ date: CalendarDate?, _ details: [String], of page: TitlePage, column: Column, gap: Double = detailsGap
    ) {
        if let date {
            paragraph([.text(date.spelledOut)], column: column, prefix: [], spaceBefore: body * gap,
                      location: page.location)
        }
        for (index, line) in details.enumerated() {
            // The makers' names stand out; every other line is as the catalogue words it.
            var inlines: [Inline] = [.text(line)]
            if !page.makers.isEmpty && line == Wording.madeBy(page.makers) {
                inlines = [.text(Wording.madeByLead(count: page.makers.count)),
                           .strong([.text(Wording.list(page.makers))]), .text(".")]
            }
            paragraph(inlines, column: column, prefix: [], spaceBefore: body * (index == 0 ? gap : 0.5),
                      location: page.location)
        }
    }

    /// The items of one page, kept together on it.
    private func keepOnePage(_ range: Range<Int>) {
        for index in range {
            items[index].group = "title page"
            if index > range.lowerBound { items[index].breakBefore = .forbidden }
        }
    }

    /// The height items take one after another from the top of a page: the paginator drops the
    /// space before the item that opens a page, so it is not counted.
    private func height(_ range: Range<Int>) -> Points {
        guard let first = range.first else { return .zero }
        return items[range].reduce(Points.zero) { $0 + $1.height + $1.spaceBefore } - items[first].spaceBefore
    }

    /// A picture within `maximum`, as large as it allows, or its slot, sized to fit it too.
    private func picture(_ picture: Picture, maximum: Size, column: Column) -> FlowItem {
        let shown = picture.path.flatMap { pictureSizes[$0] } != nil
        let (boxes, height): ([TaggedBox], Points)
        if shown {
            (boxes, height) = pictureBoxes(picture, x: column.x, maximum: maximum, preferredWidth: maximum.width, prefix: [])
        } else {
            let width = min(maximum.width, maximum.height / Self.slotAspectRatio)
            (boxes, height) = slotBoxes(picture, x: column.x, width: width, prefix: [])
        }
        return FlowItem(height: height, boxes: boxes, location: picture.location, group: "title page")
    }

    private func logoItem(_ logo: Picture, column: Column) -> FlowItem {
        let maximum = Size(width: column.width * Self.logoWidthShare, height: pageBodyHeight * Self.logoHeightShare)
        var item = picture(logo, maximum: maximum, column: column)
        item.spaceBefore = body * 1.5
        return item
    }
}
