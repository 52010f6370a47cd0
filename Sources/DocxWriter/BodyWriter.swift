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
    private var breakBeforeNext = false
    /// Two tables in a row would run together into one in Word, so a small paragraph parts them.
    private var lastWasTable = false

    init(profile: DocxProfile, paper: PaperSize, pictures: SourcePictures) {
        self.profile = profile
        self.paper = paper
        media = MediaStore(source: pictures)
        numbering = ListNumbering(bodySize: profile.bodySize.value)
    }

    /// The width text may take between the margins.
    var textWidth: Points { paper.size.width - profile.margin - profile.margin }
    /// An easy-read row's picture column.
    var pictureColumn: Points { Points(textWidth.value * DocxProfile.pictureColumnFraction) }

    mutating func write(_ realized: RealizedDocument) {
        let assembly = realized.assembly
        let document = realized.document
        let front = assembly.frontMatter()
        let coverCount = assembly.paperCover.count
        for (index, block) in front.enumerated() {
            render(block)
            // The title page, a paper's cover block and the contents each end their page, as in the PDF.
            if index == 0 || (coverCount > 0 && index == coverCount) { breakBeforeNext = true }
            if case .contents = block { breakBeforeNext = true }
        }
        let articlesStartNewPage = document.metadata.kind == .newsletter && document.metadata.newsletter.articleStartsNewPage
        for part in document.parts {
            if profile.partsStartNewPage || articlesStartNewPage { breakBeforeNext = true }
            if let title = part.title {
                heading(level: Part.titleLevel, runs: text(title), anchor: part.anchor)
            }
            if let byline = assembly.byline(for: part) {
                paragraph(style: "Byline", keepNext: true, runs: text(byline))
            }
            if part.status == .draft {
                paragraph(style: "DraftNote", keepNext: true, runs: text(Wording.draftPartLabel, bold: true) + text(" " + Wording.draftPartNote))
            }
            blocks(assembly.blocks(of: part))
        }
        let back = assembly.backMatter
        if articlesStartNewPage && !assembly.diary.isEmpty { breakBeforeNext = true }
        for block in back {
            if case .glossary = block { breakBeforeNext = true }
            render(block)
        }
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
        }
        if let listNumber {
            properties += #"<w:numPr><w:ilvl w:val="\#(listNumber.level)"/><w:numId w:val="\#(listNumber.id)"/></w:numPr>"#
        }
        if let indent { properties += #"<w:ind w:left="\#(indent)"/>"# }
        xml += "<w:p>"
        if !properties.isEmpty { xml += "<w:pPr>\(properties)</w:pPr>" }
        xml += runs + "</w:p>"
        lastWasTable = false
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
    }

    /// Before a table: the page break a paragraph would carry, or the gap between two tables.
    mutating func startTable() {
        if breakBeforeNext || lastWasTable {
            let pageBreak = breakBeforeNext ? "<w:pageBreakBefore/>" : ""
            xml += #"<w:p><w:pPr>\#(pageBreak)<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:rPr><w:sz w:val="4"/></w:rPr></w:pPr></w:p>"#
            breakBeforeNext = false
        }
    }

    mutating func endTable() { lastWasTable = true }

    /// Appends finished XML (a table) to the body.
    mutating func append(_ fragment: String) { xml += fragment }

    /// Writes into a separate buffer, for a table cell's content, and returns what was written.
    mutating func capture(_ body: (inout BodyWriter) -> Void) -> String {
        let saved = xml, savedTable = lastWasTable, savedBreak = breakBeforeNext
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
        return captured
    }
}
