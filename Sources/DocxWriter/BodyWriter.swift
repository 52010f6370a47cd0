import PlainlyModel

/// Writes the body of `word/document.xml` from a realized document, in the order every format
/// uses: the front matter, each part with its title, byline and draft note, then the back matter.
/// Collects on the way the relationships, pictures, list numbering and warnings the body needs.
struct BodyWriter {
    let profile: DocxProfile
    let paper: PaperSize
    private(set) var xml = ""
    var relationships = Relationships()
    var media: MediaStore
    var numbering: ListNumbering
    var bookmarks = Bookmarks()
    var diagnostics: [Diagnostic] = []
    var nextDrawingID = 1
    /// Set where a new page must start (after the title page, before an easy-read part); the next
    /// paragraph takes it as `w:pageBreakBefore`.
    var breakBeforeNext = false
    /// Two tables in a row would run together into one in Word, so a small paragraph parts them.
    private var lastWasTable = false
    /// Where headings fall, for the contents' page numbers; paragraphs in table cells are counted by their row.
    var pages: PageEstimate
    private(set) var estimating = true

    /// A cover's title page puts who made it and the version on the inside of the cover, as print does.
    static func hasInsidePage(_ block: Block) -> Bool {
        if case .titlePage(let page) = block { !page.detailsAfterLogo.isEmpty } else { false }
    }

    init(profile: DocxProfile, paper: PaperSize, pictures: SourcePictures) {
        self.profile = profile
        self.paper = paper
        media = MediaStore(source: pictures)
        numbering = ListNumbering(bodySize: profile.bodySize.value)
        pages = PageEstimate(bodySize: profile.bodySize.value, pageHeight: (paper.size.height - profile.margin - profile.margin).value)
    }

    /// The width text may take between the margins.
    var textWidth: Points { paper.size.width - profile.margin - profile.margin }
    /// An easy-read row's picture column.
    var pictureColumn: Points { Points(textWidth.value * DocxProfile.pictureColumnFraction) }

    mutating func write(_ realized: RealizedDocument) {
        let assembly = realized.assembly
        let document = realized.document
        // Part titles' bookmarks say they are part titles (`WordMarks`), whoever names them first.
        for part in document.parts where part.title != nil { _ = bookmarks.name(forPart: part.anchor) }
        let front = assembly.frontMatter()
        let coverCount = assembly.paperCover.count
        var index = 0
        while index < front.count {
            let block = front[index]
            if index == 1 && coverCount > 0 {
                // A board paper's cover block is made from its metadata.
                contentControl(.paperCover, alias: "About this paper (made by Plainly)") { writer in
                    for cover in front[1...coverCount] { writer.render(cover) }
                }
                index += coverCount
                breakBeforeNext = true
                continue
            }
            if case .titlePage(let page) = block {
                titlePage(page, metadata: document.metadata)
            } else {
                render(block)
            }
            // The title page and the contents each end their page, as in the PDF; a cover's inside
            // page (who made it, the version) already started a page of its own, which the contents share.
            if index == 0, !Self.hasInsidePage(block) { breakBeforeNext = true }
            if case .contents = block { breakBeforeNext = true }
            index += 1
        }
        let articlesStartNewPage = document.metadata.kind == .newsletter && document.metadata.newsletter.articleStartsNewPage
        for part in document.parts {
            if profile.partsStartNewPage || articlesStartNewPage { breakBeforeNext = true }
            if let title = part.title {
                heading(level: Part.titleLevel, runs: text(title), anchor: part.anchor)
            }
            if let byline = assembly.byline(for: part) {
                paragraph(style: WordMarks.writtenBy.id, keepNext: true, runs: marked(byline, values: part.by.map { (WordMarks.Tag.writer, "Writer", $0) }))
            }
            if part.status == .draft {
                paragraph(style: WordMarks.draftNote.id, keepNext: true, runs: text(Wording.draftPartLabel, bold: true) + text(" " + Wording.draftPartNote))
            }
            blocks(assembly.blocks(of: part))
        }
        let back = assembly.backMatter
        let diaryCount = assembly.diary.count
        if articlesStartNewPage && diaryCount > 0 { breakBeforeNext = true }
        if diaryCount > 0 {
            contentControl(.diary, alias: "Dates for your diary (made by Plainly)") { writer in
                for block in back[..<diaryCount] { writer.render(block) }
            }
        }
        for block in back.dropFirst(diaryCount) {
            switch block {
            case .glossary:
                breakBeforeNext = true
                render(block)
            case .paragraph(let credit):
                paragraph(style: WordMarks.pictureCredit.id, runs: runs(credit.inlines))
            default:
                render(block)
            }
        }
        xml = pages.fillIn(xml)
    }

    /// Blocks Plainly made, in a content control that says so (`WordMarks.Tag`); `gallery` makes it
    /// the kind of block Word itself makes (a "Table of Contents").
    mutating func contentControl(_ tag: WordMarks.Tag, alias: String, gallery: String? = nil, _ content: (inout BodyWriter) -> Void) {
        xml += #"<w:sdt><w:sdtPr><w:alias w:val="\#(XMLText.escape(alias))"/><w:tag w:val="\#(tag.rawValue)"/>"#
        if let gallery { xml += #"<w:docPartObj><w:docPartGallery w:val="\#(gallery)"/><w:docPartUnique/></w:docPartObj>"# }
        xml += "</w:sdtPr><w:sdtContent>"
        content(&self)
        xml += "</w:sdtContent></w:sdt>"
    }

    /// Words Plainly put together (`worded`), with each of `values` in it, in order, held in an inline
    /// content control, so the value is read back as itself: "Written by [Maya] and [Dev]".
    func marked(_ worded: String, values: [(tag: WordMarks.Tag, alias: String, value: String)], bold: Bool = false) -> String {
        var out = ""
        var rest = Substring(worded)
        for value in values {
            guard !value.value.isEmpty, let range = rest.range(of: value.value) else { continue }
            if range.lowerBound > rest.startIndex { out += text(String(rest[..<range.lowerBound]), bold: bold) }
            out += #"<w:sdt><w:sdtPr><w:alias w:val="\#(XMLText.escape(value.alias))"/><w:tag w:val="\#(value.tag.rawValue)"/></w:sdtPr><w:sdtContent>"#
            out += text(value.value, bold: bold) + "</w:sdtContent></w:sdt>"
            rest = rest[range.upperBound...]
        }
        if !rest.isEmpty { out += text(String(rest), bold: bold) }
        return out
    }

    // MARK: Paragraphs

    /// One paragraph; `pPr` children in the order the schema requires (Word refuses others).
    mutating func paragraph(
        style: String? = nil, keepNext: Bool = false, numbering listNumber: (id: Int, level: Int)? = nil,
        indent: Int? = nil, runs: String
    ) {
        var properties = ""
        if let style { properties += #"<w:pStyle w:val="\#(style)"/>"# }
        if keepNext { properties += "<w:keepNext/>" }
        if breakBeforeNext {
            properties += "<w:pageBreakBefore/>"
            breakBeforeNext = false
            if estimating { pages.newPage() }
        }
        if let listNumber {
            properties += #"<w:numPr><w:ilvl w:val="\#(listNumber.level)"/><w:numId w:val="\#(listNumber.id)"/></w:numPr>"#
        }
        if let indent { properties += #"<w:ind w:left="\#(indent)"/>"# }
        xml += "<w:p>"
        if !properties.isEmpty { xml += "<w:pPr>\(properties)</w:pPr>" }
        xml += runs + "</w:p>"
        lastWasTable = false
        if estimating {
            let size = style.map(Self.sizeFactor).map { $0 * profile.bodySize.value } ?? profile.bodySize.value
            pages.paragraph(characters: PageEstimate.characters(in: runs), width: textWidth.twips - (indent ?? 0), size: size)
        }
    }

    /// How much larger than body text a paragraph style is, for the page estimate.
    static func sizeFactor(_ style: String) -> Double {
        switch style {
        case "Title": 2
        case "Heading1", "TOCHeading": 1.5
        case "Heading2", "Heading3", "Subtitle": 1.2
        default: 1
        }
    }

    /// Level 1 is the title; a part's title (level 2) is Heading 1, and so on down to Heading 3.
    static func headingStyle(level: Int) -> String {
        switch level {
        case ...1: "Title"
        case 2: "Heading1"
        case 3: "Heading2"
        default: "Heading3"
        }
    }

    mutating func heading(level: Int, runs: String, anchor: String) {
        var marked = runs
        if !anchor.isEmpty {
            let id = bookmarks.takeID()
            let name = bookmarks.name(for: anchor)
            marked = #"<w:bookmarkStart w:id="\#(id)" w:name="\#(name)"/>"# + runs + #"<w:bookmarkEnd w:id="\#(id)"/>"#
        }
        paragraph(style: Self.headingStyle(level: level), keepNext: true, runs: marked)
        if !anchor.isEmpty { pages.heading(bookmarks.name(for: anchor)) }
    }

    /// Before a table: the page break a paragraph would carry, or the gap between two tables.
    mutating func startTable() {
        if breakBeforeNext || lastWasTable {
            let pageBreak = breakBeforeNext ? "<w:pageBreakBefore/>" : ""
            if breakBeforeNext && estimating { pages.newPage() }
            xml += #"<w:p><w:pPr>\#(pageBreak)<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:rPr><w:sz w:val="4"/></w:rPr></w:pPr></w:p>"#
            breakBeforeNext = false
        }
    }

    mutating func endTable() { lastWasTable = true }

    /// Appends finished XML (a table) to the body.
    mutating func append(_ fragment: String) { xml += fragment }

    /// Writes into a separate buffer, for a table cell's content, and returns what was written.
    /// With `estimating`, the paragraphs count for the page estimate (a one-cell box); otherwise
    /// the row they sit in is counted as a whole.
    mutating func capture(estimating: Bool = false, _ body: (inout BodyWriter) -> Void) -> String {
        let saved = xml, savedTable = lastWasTable, savedBreak = breakBeforeNext, savedEstimating = self.estimating
        self.estimating = savedEstimating && estimating
        xml = ""
        lastWasTable = false
        breakBeforeNext = false
        body(&self)
        var captured = xml
        // A cell must hold a paragraph, and must end with one.
        if captured.isEmpty || lastWasTable { captured += "<w:p/>" }
        xml = saved
        lastWasTable = savedTable
        breakBeforeNext = savedBreak
        self.estimating = savedEstimating
        return captured
    }
}
