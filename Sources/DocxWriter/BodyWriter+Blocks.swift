import PlainlyModel

/// Each kind of block as WordprocessingML, in the same words as the text and the PDF.
extension BodyWriter {
    /// Blocks in order; consecutive easy-read rows become one borderless table, a row each.
    /// `indent` (twips) keeps the blocks of a list item under its text.
    mutating func blocks(_ blocks: [Block], indent: Int? = nil) {
        var rows: [EasyReadRow] = []
        for (index, block) in blocks.enumerated() {
            if case .easyReadRow(let row) = block {
                rows.append(row)
                continue
            }
            if !rows.isEmpty {
                easyReadRows(rows, indent: indent)
                rows = []
            }
            // A lead-in ("The boards:") stays on the page of the list or table it introduces, as in the PDF.
            if case .paragraph(let paragraph) = block, index + 1 < blocks.count, paragraph.inlines.introducesWhatFollows {
                self.paragraph(keepNext: true, indent: indent, runs: runs(paragraph.inlines))
                continue
            }
            render(block, indent: indent)
        }
        if !rows.isEmpty { easyReadRows(rows, indent: indent) }
    }

    mutating func render(_ block: Block, indent: Int? = nil) {
        switch block {
        case .heading(let heading):
            self.heading(level: heading.level, runs: runs(heading.inlines), anchor: heading.anchor)
        case .paragraph(let paragraph):
            self.paragraph(indent: indent, runs: runs(paragraph.inlines))
        case .easyReadRow(let row):
            easyReadRows([row], indent: indent)
        case .picture(let picture):
            self.picture(picture, indent: indent)
        case .list(let list):
            self.list(list, level: 0)
        case .callout(let callout):
            boxed(indent: indent, style: WordMarks.callout(callout.kind)) { writer in
                writer.paragraph(style: WordMarks.calloutTitle.id, keepNext: true, runs: writer.text(callout.title, bold: true))
                writer.blocks(callout.blocks)
            }
        case .table(let table):
            self.table(table, indent: indent)
        case .titlePage(let page):
            titlePage(page, metadata: nil)
        case .contents(let contents):
            self.contents(contents)
        case .glossary(let glossary):
            contentControl(.hardWords, alias: "Hard words (made by Plainly)") { writer in
                writer.heading(level: Part.titleLevel, runs: writer.text(glossary.title), anchor: DocumentAssembly.glossaryAnchor)
                for entry in glossary.entries {
                    writer.paragraph(style: WordMarks.hardWord.id, keepNext: true, runs: writer.text(entry.term, bold: true))
                    writer.paragraph(style: WordMarks.hardWordMeaning.id, runs: writer.text(entry.explanation))
                }
            }
        case .contactCard(let card):
            contentControl(.contact, alias: "Who to contact (made by Plainly)") { writer in
                writer.heading(level: Part.titleLevel, runs: writer.text(card.title), anchor: DocumentAssembly.contactAnchor)
                writer.boxed(indent: nil, style: WordMarks.contactCard) { inner in
                    for field in card.contact.labelledFields {
                        inner.paragraph(style: WordMarks.contactLine.id, runs: inner.text(field.label + ":", bold: true) + inner.text(" " + field.value))
                    }
                }
            }
        }
    }

    /// Word's own table of contents: a TOC field over Heading 1, each entry a link to its heading
    /// with a PAGEREF field for its page. Word and LibreOffice show the page numbers written here
    /// (Plainly's estimate, `PageEstimate`) until the fields are updated.
    private mutating func contents(_ contents: Contents) {
        // A field begun in the first entry ends in the last; with no entries there is no field.
        guard !contents.entries.isEmpty else { return }
        contentControl(.contents, alias: "Contents (made by Plainly)", gallery: "Table of Contents") { writer in
            writer.paragraph(style: "TOCHeading", keepNext: true, runs: writer.text(contents.title))
            let fieldStart = #"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \o "1-1" \h \z \u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>"#
            for (position, entry) in contents.entries.enumerated() {
                let style = entry.level <= Part.titleLevel ? "TOC1" : "TOC2"
                let name = writer.bookmarks.name(for: entry.anchor)
                var runs = position == 0 ? fieldStart : ""
                runs += #"<w:hyperlink w:anchor="\#(name)" w:history="1">"# + writer.text(entry.title, style: "Hyperlink")
                runs += #"<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF \#(name) \h </w:instrText></w:r>"#
                runs += #"<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>\#(PageEstimate.placeholder(name))</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>"#
                if position == contents.entries.count - 1 { runs += #"<w:r><w:fldChar w:fldCharType="end"/></w:r>"# }
                writer.paragraph(style: style, runs: runs)
            }
        }
    }

    /// The title page; with the metadata, the values Word would show in other words are held in
    /// content controls (`WordMarks.Tag`): a newsletter's subtitle, issue and season, the review date.
    mutating func titlePage(_ page: TitlePage, metadata: Metadata?) {
        typealias Tag = WordMarks.Tag
        let style = WordMarks.titlePage.id
        let coverPage = pages.page
        // Said first, before the title, so nobody takes a draft for the agreed version.
        if page.isDraft {
            paragraph(style: WordMarks.draftNote.id, runs: text(Wording.draftBannerLabel, bold: true) + text(" " + Wording.draftBanner))
        }
        paragraph(style: "Title", runs: text(page.title))
        if let subtitle = page.subtitle {
            let newsletter = metadata?.newsletter
            let values: [(tag: Tag, alias: String, value: String)] = [
                (.subtitle, "Subtitle", metadata?.subtitle ?? ""), (.issue, "Issue", newsletter?.issue ?? ""),
                (.season, "Season", newsletter?.season ?? ""),
            ]
            paragraph(style: "Subtitle", runs: marked(subtitle, values: values))
        }
        if let name = page.profileName { paragraph(style: WordMarks.profileName.id, runs: text(name, bold: true)) }
        if let cover = page.cover {
            picture(cover, indent: nil, width: textWidth, tallest: Self.tallestCoverFraction, style: WordMarks.coverPicture)
        }
        if let date = page.date { paragraph(style: style, runs: text(date.spelledOut)) }
        for line in page.detailsBeforeLogo { titleDetail(line, of: page) }
        if let logo = page.logo { picture(logo, indent: nil, width: textWidth * Self.logoWidthShare, style: WordMarks.logo) }
        // The inside of the cover, as in the PDF: the cover keeps its page for the picture.
        if !page.detailsAfterLogo.isEmpty {
            if estimating { pages.endCover(startedOn: coverPage) }
            breakBeforeNext = true
        }
        for line in page.detailsAfterLogo { titleDetail(line, of: page) }
    }

    private mutating func titleDetail(_ line: String, of page: TitlePage) {
        let style = WordMarks.titlePage.id
        // The makers' names stand out, as in the PDF: "Made together by **A and B**."
        if !page.makers.isEmpty, line == Wording.madeBy(page.makers) {
            let lead = Wording.madeByLead(count: page.makers.count)
            paragraph(style: style, runs: text(lead) + text(Wording.list(page.makers), bold: true) + text("."))
        } else if let review = page.reviewDate, line == Wording.reviewDate(review), line.hasSuffix(review.monthAndYear) {
            // A date content control: Word offers a calendar, and the day is kept though only the month is shown.
            var runs = text(String(line.dropLast(review.monthAndYear.count)))
            runs += #"<w:sdt><w:sdtPr><w:alias w:val="Review date"/><w:tag w:val="\#(WordMarks.Tag.reviewDate.rawValue)"/>"#
            runs += #"<w:date w:fullDate="\#(review.iso)T00:00:00Z"><w:dateFormat w:val="MMMM yyyy"/><w:lid w:val="en-GB"/>"#
            runs += #"<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>"#
            runs += "<w:sdtContent>" + text(review.monthAndYear) + "</w:sdtContent></w:sdt>"
            paragraph(style: style, runs: runs)
        } else {
            paragraph(style: style, runs: text(line))
        }
    }

    /// A logo is at most this share of the text's width, as in the PDF.
    static let logoWidthShare = 0.3
    /// A cover picture takes at most this share of the page's text height, so the title, the
    /// dates and the logo stay on the first page with it.
    static let tallestCoverFraction = 0.35

    private mutating func list(_ list: ListBlock, level: Int) {
        let level = min(level, ListNumbering.deepestLevel)
        let id = list.isNumbered ? numbering.numberedList(level: level, start: list.start) : ListNumbering.bulletID
        let style = list.isNumbered ? "ListNumber" : "ListBullet"
        let hanging = numbering.textIndent(level: level)
        for item in list.items {
            var first = true
            for child in item.blocks {
                switch child {
                case .paragraph(let paragraph) where first:
                    self.paragraph(style: style, numbering: (id, level), runs: runs(paragraph.inlines))
                case .list(let nested):
                    if first { self.paragraph(style: style, numbering: (id, level), runs: "") }
                    self.list(nested, level: level + 1)
                default:
                    if first { self.paragraph(style: style, numbering: (id, level), runs: "") }
                    blocks([child], indent: hanging)
                }
                first = false
            }
            if first { paragraph(style: style, numbering: (id, level), runs: "") }
        }
    }

    /// A table with its caption above it and its header row repeated on every page it runs onto.
    private mutating func table(_ table: Table, indent: Int?) {
        if let caption = table.caption { paragraph(style: "Caption", keepNext: true, indent: indent, runs: text(caption)) }
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0, 1)
        let width = textWidth.twips - (indent ?? 0)
        let columnWidths = Self.columnWidths(table, columns: columns, width: width)
        startTable()
        var out = #"<w:tbl><w:tblPr><w:tblStyle w:val="\#(WordMarks.table.id)"/>"#
        out += #"<w:tblW w:w="\#(width)" w:type="dxa"/>"#
        if let indent { out += #"<w:tblInd w:w="\#(indent)" w:type="dxa"/>"# }
        out += #"<w:tblLayout w:type="fixed"/><w:tblLook w:val="0020" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>"#
        if let caption = table.caption { out += #"<w:tblCaption w:val="\#(XMLText.escape(caption))"/>"# }
        out += "</w:tblPr><w:tblGrid>"
        out += columnWidths.map { #"<w:gridCol w:w="\#($0)"/>"# }.joined()
        out += "</w:tblGrid>"
        let rowCount = (table.header.isEmpty ? 0 : 1) + table.rows.count
        var rowIndex = 0
        func cells(_ row: [TableCell], header: Bool, writer: inout BodyWriter) -> String {
            var out = ""
            let keepNext = Self.keepsRowWithNext(rowIndex, of: rowCount)
            rowIndex += 1
            for column in 0..<columns {
                let inlines = column < row.count ? row[column].inlines : []
                let content = writer.capture { inner in
                    inner.paragraph(style: WordMarks.tableText.id, keepNext: keepNext, runs: inner.runs(inlines, bold: header))
                }
                out += #"<w:tc><w:tcPr><w:tcW w:w="\#(columnWidths[column])" w:type="dxa"/></w:tcPr>\#(content)</w:tc>"#
            }
            return out
        }
        if !table.header.isEmpty {
            // Repeated at the top of each page, and read as column headers by screen readers.
            out += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" + cells(table.header, header: true, writer: &self) + "</w:tr>"
        }
        for row in table.rows {
            out += "<w:tr><w:trPr><w:cantSplit/></w:trPr>" + cells(row, header: false, writer: &self) + "</w:tr>"
        }
        for row in [table.header] + table.rows where !row.isEmpty {
            // Counted as if every cell were as wide as the narrowest column: rows are short.
            pages.row(lines: [row.map(\.inlines.plainText.count).max() ?? 0], width: columnWidths.min() ?? width, pictureHeight: 0)
        }
        append(out + "</w:tbl>")
        endTable()
    }

    /// A table of this many rows or fewer (its header counted) fits on a page, so Word keeps it whole.
    static let wholeTableRows = 12
    /// A longer table may split, but never with fewer rows than this on either side of the break.
    static let rowsKeptEachSide = 3

    /// The keep rules the PDF's layout follows, in Word's terms: every row of a short table keeps
    /// with the next; a long one keeps its first rows and its last rows together.
    static func keepsRowWithNext(_ row: Int, of count: Int) -> Bool {
        guard row < count - 1 else { return false }
        if count <= wholeTableRows { return true }
        return row < rowsKeptEachSide || row >= count - rowsKeptEachSide
    }

    /// Columns share the width by how much they hold (their longest cell, counted up to
    /// `widestColumnCharacters`), so a date column is not as wide as a column of sentences; none
    /// is narrower than `narrowestColumnCharacters` would need.
    static func columnWidths(_ table: Table, columns: Int, width: Int) -> [Int] {
        var weights = [Int](repeating: narrowestColumnCharacters, count: columns)
        for row in [table.header] + table.rows {
            for (column, cell) in row.enumerated() where column < columns {
                let length = min(cell.inlines.plainText.count, widestColumnCharacters)
                weights[column] = max(weights[column], length)
            }
        }
        let total = weights.reduce(0, +)
        var widths = weights.map { width * $0 / total }
        widths[columns - 1] += width - widths.reduce(0, +)
        return widths
    }

    /// A column holding only a word or two still gets room for about this many characters.
    static let narrowestColumnCharacters = 8
    /// Past this many characters a cell wraps anyway, so a longer one claims no more width.
    static let widestColumnCharacters = 40

    /// A bordered one-cell table, as a callout and the contact card are drawn in the PDF.
    mutating func boxed(indent: Int?, style: WordMarks.Style, _ content: (inout BodyWriter) -> Void) {
        let width = textWidth.twips - (indent ?? 0)
        let inner = capture(estimating: true, content)
        startTable()
        var out = #"<w:tbl><w:tblPr><w:tblStyle w:val="\#(style.id)"/><w:tblW w:w="\#(width)" w:type="dxa"/>"#
        if let indent { out += #"<w:tblInd w:w="\#(indent)" w:type="dxa"/>"# }
        out += #"<w:tblLayout w:type="fixed"/><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>"#
        out += #"<w:tblGrid><w:gridCol w:w="\#(width)"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="\#(width)" w:type="dxa"/></w:tcPr>"#
        out += inner + "</w:tc></w:tr></w:tbl>"
        append(out)
        endTable()
    }
}
