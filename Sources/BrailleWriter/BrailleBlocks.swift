import PlainlyModel

/// Renders each kind of block as braille lines, set out as a UK transcriber would (UKAAF's braille
/// presentation basics): paragraphs start in cell 3 and run over to cell 1, list items and labelled
/// lines start in cell 1 and run over to cell 3, headings stand apart on blank lines (the title
/// centred, part titles and sections from cell 5, lower headings from cell 7), and what the
/// transcriber adds sits between transcriber's note indicators, from cell 7 running over to cell 5.
struct BrailleBlocks {
    var transcriber: Transcriber
    let wrapper: BrailleWrapper
    let includePictures: Bool
    /// Whether a picture is shown (`RealizedDocument.shows`); one that is not is a slot.
    let showsPicture: (Picture) -> Bool
    /// The braille page each contents entry's anchor landed on in the last pagination.
    let pages: [String: Int]
    private(set) var items: [BrailleItem] = []

    init(
        transcriber: Transcriber, width: Int, includePictures: Bool, pages: [String: Int],
        showsPicture: @escaping (Picture) -> Bool = { !$0.isSlot }
    ) {
        self.showsPicture = showsPicture
        self.transcriber = transcriber
        self.wrapper = BrailleWrapper(width: width)
        self.includePictures = includePictures
        self.pages = pages
    }

    /// Indents, as counts of blank cells before the text (cell 3 is an indent of 2).
    enum Indent {
        static let paragraph = 2
        static let runover = 2
        static let sectionHeading = 4
        static let lowerHeading = 6
        static let noteFirst = 6
        static let noteRunover = 4
        /// Each level of a nested list or a callout's content.
        static let step = 2
    }

    /// A centred line keeps at least this many blank cells at each end, so it reads as centred.
    static let centringMargin = 3

    /// UEB's transcriber's note indicators, around everything Plainly adds that the print does not say
    /// (the cells liblouis's en-ueb-g1.ctb gives its `transnote` emphasis class).
    static let noteOpening = BrailleCell.cells("4", "46", "126")
    static let noteClosing = BrailleCell.cells("4", "46", "345")
    /// Guide dots (dot 5) lead the eye from a contents entry to its page number.
    static let guideDot = BrailleCell.cells("5")[0]

    // MARK: Blocks

    mutating func render(_ block: Block, indent: Int = 0) {
        switch block {
        case .heading(let heading):
            self.heading(transcriber.cells(InlineSegments.render(heading.inlines)), level: heading.level, anchor: heading.anchor)
        case .paragraph(let paragraph):
            self.paragraph(paragraph.inlines, indent: indent)
        case .easyReadRow(let row):
            picture(row.picture, indent: indent)
            for line in row.lines { paragraph(line.inlines, indent: indent) }
        case .picture(let picture):
            self.picture(picture, indent: indent)
        case .list(let list):
            self.list(list, indent: indent)
        case .callout(let callout):
            lines(transcriber.cells(callout.title + ":", at: callout.location), first: indent, runover: indent + Indent.runover)
            for child in callout.blocks { render(child, indent: indent + Indent.step) }
        case .table(let table):
            self.table(table, indent: indent)
        case .titlePage(let page):
            titlePage(page)
        case .contents(let contents):
            self.contents(contents)
        case .glossary(let glossary):
            heading(transcriber.cells(glossary.title, at: glossary.location), level: Part.titleLevel,
                    anchor: DocumentAssembly.glossaryAnchor)
            for entry in glossary.entries {
                labelled(entry.term, entry.explanation, at: entry.location, indent: indent)
            }
        case .contactCard(let card):
            heading(transcriber.cells(card.title, at: card.location), level: Part.titleLevel,
                    anchor: DocumentAssembly.contactAnchor)
            for field in card.contact.labelledFields {
                labelled(field.label, field.value, at: card.location, indent: indent)
            }
        }
    }

    /// A part's title, with the anchor its contents entry points at.
    mutating func partTitle(_ title: String, anchor: String, at location: SourceLocation) {
        heading(transcriber.cells(title, at: location), level: Part.titleLevel, anchor: anchor)
    }

    /// Text Plainly adds as an ordinary paragraph (a byline, a draft note).
    mutating func paragraph(_ text: String, at location: SourceLocation) {
        lines(transcriber.cells(text, at: location), first: Indent.paragraph, runover: 0)
    }

    mutating func newPage() { items.append(.newPage) }

    // MARK: Kinds of line

    /// The title (level 1) centred with a blank line each side; part titles and the sections Plainly
    /// adds (level 2) from cell 5 with a blank line each side; lower headings from cell 5 or 7 with a
    /// blank line before. Every line of a heading stays on the page with the line after it.
    mutating func heading(_ cells: [BrailleCell], level: Int, anchor: String? = nil) {
        let wrapped: [[BrailleCell]]
        switch level {
        case ...1: wrapped = wrapper.centre(cells, margin: Self.centringMargin)
        case 2, 3: wrapped = wrapper.wrap(cells, firstIndent: Indent.sectionHeading, indent: Indent.sectionHeading)
        default: wrapped = wrapper.wrap(cells, firstIndent: Indent.lowerHeading, indent: Indent.lowerHeading)
        }
        guard !wrapped.isEmpty else { return }
        items.append(.blank)
        for (index, line) in wrapped.enumerated() {
            items.append(.line(BrailleLine(cells: line, keepsWithNext: true, anchor: index == 0 ? anchor : nil)))
        }
        if level <= Part.titleLevel { items.append(.blank) }
    }

    private mutating func paragraph(_ inlines: [Inline], indent: Int) {
        for (index, segments) in InlineSegments.lines(inlines).enumerated() {
            let first = index == 0 ? indent + Indent.paragraph : indent
            lines(transcriber.cells(segments), first: first, runover: indent)
        }
    }

    /// "Term: explanation", "Phone: …", a table cell under its column's label.
    private mutating func labelled(_ label: String, _ value: String, at location: SourceLocation, indent: Int) {
        let text = label.isEmpty ? value : "\(label): \(value)"
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let first = index == 0 ? indent : indent + Indent.runover
            lines(transcriber.cells(String(line), at: location), first: first, runover: indent + Indent.runover)
        }
    }

    private mutating func lines(_ cells: [BrailleCell], first: Int, runover: Int, keepsWithNext: Bool = false) {
        for line in wrapper.wrap(cells, firstIndent: first, indent: runover) {
            items.append(.line(BrailleLine(cells: line, keepsWithNext: keepsWithNext)))
        }
    }

    /// Words Plainly adds, between transcriber's note indicators.
    mutating func note(_ text: String, at location: SourceLocation, indent: Int = 0) {
        let cells = Self.noteOpening + transcriber.cells(text, at: location) + Self.noteClosing
        lines(cells, first: indent + Indent.noteFirst, runover: indent + Indent.noteRunover)
    }

    // MARK: Blocks with parts

    private mutating func picture(_ picture: Picture, indent: Int) {
        guard includePictures, !picture.isDecorative || picture.isSlot else { return }
        let words = showsPicture(picture) ? Wording.picture(picture.description) : Wording.slot(picture.description)
        note(words, at: picture.location, indent: indent)
    }

    private mutating func list(_ list: ListBlock, indent: Int) {
        for (offset, item) in list.items.enumerated() {
            let marker = list.isNumbered ? "\(list.start + offset)." : "•"
            var first = true
            for child in item.blocks {
                switch child {
                case .paragraph(let paragraph) where first:
                    var pieces = InlineSegments.lines(paragraph.inlines)
                    pieces[0].insert(.init(marker + " ", at: item.location), at: 0)
                    for (index, segments) in pieces.enumerated() {
                        let start = index == 0 ? indent : indent + Indent.runover
                        lines(transcriber.cells(segments), first: start, runover: indent + Indent.runover)
                    }
                case .list(let nested):
                    if first { lines(transcriber.cells(marker, at: item.location), first: indent, runover: indent) }
                    self.list(nested, indent: indent + Indent.step)
                case .paragraph(let paragraph):
                    for segments in InlineSegments.lines(paragraph.inlines) {
                        lines(transcriber.cells(segments), first: indent + Indent.runover, runover: indent + Indent.runover)
                    }
                default:
                    if first { lines(transcriber.cells(marker, at: item.location), first: indent, runover: indent) }
                    render(child, indent: indent + Indent.step)
                }
                first = false
            }
            if first { lines(transcriber.cells(marker, at: item.location), first: indent, runover: indent) }
        }
    }

    /// One labelled block a row ("You said: …", "We did: …"), a blank line between rows, as in the
    /// text writer: a grid of columns reads badly line by line under the fingers.
    private mutating func table(_ table: Table, indent: Int) {
        if let caption = table.caption { heading(transcriber.cells(caption, at: table.location), level: 3) }
        let labels = table.header.map { InlineSegments.render($0.inlines).map(\.text).joined() }
        for row in table.rows {
            items.append(.blank)
            for (column, cell) in row.enumerated() {
                let label = column < labels.count ? labels[column] : ""
                var segments = InlineSegments.render(cell.inlines)
                if !label.isEmpty { segments.insert(.init(label + ": ", at: cell.location), at: 0) }
                lines(transcriber.cells(segments), first: indent, runover: indent + Indent.runover)
            }
        }
        items.append(.blank)
    }

    /// Its own page: a draft warning first, the title centred, what it is and who made it, then the
    /// transcriber's note saying the braille was made automatically and needs proofreading.
    private mutating func titlePage(_ page: TitlePage) {
        if page.isDraft {
            lines(transcriber.cells("\(Wording.draftBannerLabel) \(Wording.draftBanner)", at: page.location), first: 0, runover: 0)
        }
        heading(transcriber.cells(page.title, at: page.location), level: 1)
        if let subtitle = page.subtitle { centred(subtitle, at: page.location) }
        if let name = page.profileName { centred(name, at: page.location) }
        if let cover = page.cover, includePictures {
            items.append(.blank)
            picture(cover, indent: 0)
        }
        let details = (page.date.map { [$0.spelledOut] } ?? []) + page.detailsBeforeLogo
        if !details.isEmpty {
            items.append(.blank)
            for line in details { centred(line, at: page.location) }
        }
        if let logo = page.logo, includePictures {
            items.append(.blank)
            picture(logo, indent: 0)
        }
        if !page.detailsAfterLogo.isEmpty {
            items.append(.blank)
            for line in page.detailsAfterLogo { centred(line, at: page.location) }
        }
        items.append(.blank)
        note(Wording.transcribersNote, at: page.location)
        newPage()
    }

    private mutating func centred(_ text: String, at location: SourceLocation) {
        for line in wrapper.centre(transcriber.cells(text, at: location), margin: Self.centringMargin) {
            items.append(.line(BrailleLine(cells: line)))
        }
    }

    /// Each entry with guide dots to its braille page number at the right margin, then a new page.
    private mutating func contents(_ contents: Contents) {
        heading(transcriber.cells(contents.title, at: contents.location), level: 1)
        let numbers = contents.entries.map { entry in pages[entry.anchor].map { transcriber.cells(String($0), at: .generated) } }
        // Room for the widest page number, a blank, two guide dots and a blank.
        let reserve = max(numbers.map { $0?.count ?? 0 }.max() ?? 0, Self.pageNumberReserve) + 4
        let narrower = BrailleWrapper(width: wrapper.width - reserve)
        for (entry, number) in zip(contents.entries, numbers) {
            let depth = max(entry.level - Part.titleLevel, 0) * Indent.step
            var wrapped = narrower.wrap(transcriber.cells(entry.title, at: contents.location), firstIndent: depth, indent: depth + Indent.runover)
            guard !wrapped.isEmpty else { continue }
            if let number {
                var last = wrapped.removeLast()
                let dots = wrapper.width - last.count - number.count - 2
                last += [.blank] + Array(repeating: Self.guideDot, count: dots) + [.blank] + number
                wrapped.append(last)
            }
            for line in wrapped { items.append(.line(BrailleLine(cells: line))) }
        }
        newPage()
    }

    /// Contents lines leave room for a page number this wide (the number sign and three digits) even
    /// before the pages are known, so the contents take the same lines once they are.
    static let pageNumberReserve = 4
}
