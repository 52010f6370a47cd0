import PlainlyModel

/// Each kind of block as WordprocessingML, in the same words as the text and the PDF.
extension BodyWriter {
    /// Blocks in order; consecutive easy-read rows become one borderless table, a row each.
    /// `indent` (twips) keeps the blocks of a list item under its text.
    mutating func blocks(_ blocks: [Block], indent: Int? = nil) {
        var rows: [EasyReadRow] = []
        for block in blocks {
            if case .easyReadRow(let row) = block {
                rows.append(row)
                continue
            }
            if !rows.isEmpty {
                easyReadRows(rows, indent: indent)
                rows = []
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
            boxed(indent: indent) { writer in
                writer.paragraph(style: "CalloutTitle", keepNext: true, runs: writer.text(callout.title, bold: true))
                writer.blocks(callout.blocks)
            }
        case .table(let table):
            self.table(table, indent: indent)
        case .titlePage(let page):
            titlePage(page)
        case .contents(let contents):
            heading(level: Part.titleLevel, runs: text(contents.title), anchor: DocumentAssembly.contentsAnchor)
            for entry in contents.entries {
                let style = entry.level <= Part.titleLevel ? "Contents1" : "Contents2"
                let name = bookmarks.name(for: entry.anchor)
                paragraph(style: style, runs: #"<w:hyperlink w:anchor="\#(name)">"# + text(entry.title, style: "Hyperlink") + "</w:hyperlink>")
            }
        case .glossary(let glossary):
            heading(level: Part.titleLevel, runs: text(glossary.title), anchor: DocumentAssembly.glossaryAnchor)
            for entry in glossary.entries {
                paragraph(style: "GlossaryTerm", keepNext: true, runs: text(entry.term, bold: true))
                paragraph(style: "GlossaryExplanation", runs: text(entry.explanation))
            }
        case .contactCard(let card):
            heading(level: Part.titleLevel, runs: text(card.title), anchor: DocumentAssembly.contactAnchor)
            boxed(indent: nil) { writer in
                for field in card.contact.labelledFields {
                    writer.paragraph(runs: writer.text(field.label + ":", bold: true) + writer.text(" " + field.value))
                }
            }
        }
    }

    private mutating func titlePage(_ page: TitlePage) {
        // Said first, before the title, so nobody takes a draft for the agreed version.
        if page.isDraft {
            paragraph(style: "DraftNote", runs: text(Wording.draftBannerLabel, bold: true) + text(" " + Wording.draftBanner))
        }
        paragraph(style: "Title", runs: text(page.title))
        if let subtitle = page.subtitle { paragraph(style: "Subtitle", runs: text(subtitle)) }
        if let name = page.profileName { paragraph(style: "Subtitle", runs: text(name, bold: true)) }
        if let cover = page.cover { picture(cover, indent: nil, width: textWidth, tallest: Self.tallestCoverFraction) }
        if let date = page.date { paragraph(runs: text(date.spelledOut)) }
        for line in page.detailsBeforeLogo { titleDetail(line, of: page) }
        if let logo = page.logo { picture(logo, indent: nil, width: textWidth * Self.logoWidthShare) }
        for line in page.detailsAfterLogo { titleDetail(line, of: page) }
    }

    private mutating func titleDetail(_ line: String, of page: TitlePage) {
        // The makers' names stand out, as in the PDF: "Made together by **A and B**."
        if !page.makers.isEmpty, line == Wording.madeBy(page.makers) {
            let lead = Wording.madeByLead(count: page.makers.count)
            paragraph(runs: text(lead) + text(Wording.list(page.makers), bold: true) + text("."))
        } else {
            paragraph(runs: text(line))
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
        var out = "<w:tbl><w:tblPr><w:tblStyle w:val=\"PlainlyTable\"/>"
        out += #"<w:tblW w:w="\#(width)" w:type="dxa"/>"#
        if let indent { out += #"<w:tblInd w:w="\#(indent)" w:type="dxa"/>"# }
        out += #"<w:tblLayout w:type="fixed"/><w:tblLook w:val="0020" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>"#
        if let caption = table.caption { out += #"<w:tblCaption w:val="\#(XMLText.escape(caption))"/>"# }
        out += "</w:tblPr><w:tblGrid>"
        out += columnWidths.map { #"<w:gridCol w:w="\#($0)"/>"# }.joined()
        out += "</w:tblGrid>"
        func cells(_ row: [TableCell], header: Bool, writer: inout BodyWriter) -> String {
            var out = ""
            for column in 0..<columns {
                let inlines = column < row.count ? row[column].inlines : []
                let content = writer.capture { inner in inner.paragraph(style: "TableText", runs: inner.runs(inlines, bold: header)) }
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
        append(out + "</w:tbl>")
        endTable()
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
    mutating func boxed(indent: Int?, _ content: (inout BodyWriter) -> Void) {
        let width = textWidth.twips - (indent ?? 0)
        let inner = capture(content)
        startTable()
        var out = #"<w:tbl><w:tblPr><w:tblStyle w:val="CalloutBox"/><w:tblW w:w="\#(width)" w:type="dxa"/>"#
        if let indent { out += #"<w:tblInd w:w="\#(indent)" w:type="dxa"/>"# }
        out += #"<w:tblLayout w:type="fixed"/><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>"#
        out += #"<w:tblGrid><w:gridCol w:w="\#(width)"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="\#(width)" w:type="dxa"/></w:tcPr>"#
        out += inner + "</w:tc></w:tr></w:tbl>"
        append(out)
        endTable()
    }
}
