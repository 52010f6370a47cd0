/// One way to walk the model. Every `visit` method has a default that descends into the children,
/// so a pass overrides only the nodes it cares about (as swift-markdown's `MarkupWalker` does).
///
/// Generated blocks are visited too; their default is to do nothing, because they hold no author text.
public protocol ContentWalker {
    mutating func visitDocument(_ document: Document)
    mutating func visitPart(_ part: Part)
    mutating func visitBlock(_ block: Block)
    mutating func visitHeading(_ heading: Heading)
    mutating func visitParagraph(_ paragraph: Paragraph)
    mutating func visitEasyReadRow(_ row: EasyReadRow)
    mutating func visitTextLine(_ line: TextLine)
    mutating func visitPicture(_ picture: Picture)
    mutating func visitList(_ list: ListBlock)
    mutating func visitListItem(_ item: ListItem)
    mutating func visitCallout(_ callout: Callout)
    mutating func visitTable(_ table: Table)
    mutating func visitTableCell(_ cell: TableCell)
    mutating func visitTitlePage(_ page: TitlePage)
    mutating func visitContents(_ contents: Contents)
    mutating func visitGlossary(_ glossary: Glossary)
    mutating func visitContactCard(_ card: ContactCard)
    mutating func visitInline(_ inline: Inline)
    mutating func visitText(_ text: Text)
    mutating func visitStrong(_ strong: Strong)
    mutating func visitEmphasis(_ emphasis: Emphasis)
    mutating func visitLink(_ link: Link)
    mutating func visitLineBreak(_ lineBreak: LineBreak)
}

extension ContentWalker {
    /// The cover picture and logo first (they are the author's pictures, read, checked and credited
    /// like any other), then the parts.
    public mutating func visitDocument(_ document: Document) {
        for picture in document.metadata.coverPictures { visitPicture(picture) }
        for part in document.parts { visitPart(part) }
    }

    public mutating func visitPart(_ part: Part) { visitBlocks(part.blocks) }

    public mutating func visitBlocks(_ blocks: [Block]) {
        for block in blocks { visitBlock(block) }
    }

    public mutating func visitInlines(_ inlines: [Inline]) {
        for inline in inlines { visitInline(inline) }
    }

    public mutating func visitBlock(_ block: Block) {
        switch block {
        case .heading(let node): visitHeading(node)
        case .paragraph(let node): visitParagraph(node)
        case .easyReadRow(let node): visitEasyReadRow(node)
        case .picture(let node): visitPicture(node)
        case .list(let node): visitList(node)
        case .callout(let node): visitCallout(node)
        case .table(let node): visitTable(node)
        case .titlePage(let node): visitTitlePage(node)
        case .contents(let node): visitContents(node)
        case .glossary(let node): visitGlossary(node)
        case .contactCard(let node): visitContactCard(node)
        }
    }

    public mutating func visitHeading(_ heading: Heading) { visitInlines(heading.inlines) }
    public mutating func visitParagraph(_ paragraph: Paragraph) { visitInlines(paragraph.inlines) }

    public mutating func visitEasyReadRow(_ row: EasyReadRow) {
        visitPicture(row.picture)
        for line in row.lines { visitTextLine(line) }
    }

    public mutating func visitTextLine(_ line: TextLine) { visitInlines(line.inlines) }
    public mutating func visitPicture(_ picture: Picture) {}

    public mutating func visitList(_ list: ListBlock) {
        for item in list.items { visitListItem(item) }
    }

    public mutating func visitListItem(_ item: ListItem) { visitBlocks(item.blocks) }
    public mutating func visitCallout(_ callout: Callout) { visitBlocks(callout.blocks) }

    public mutating func visitTable(_ table: Table) {
        for cell in table.header { visitTableCell(cell) }
        for row in table.rows {
            for cell in row { visitTableCell(cell) }
        }
    }

    public mutating func visitTableCell(_ cell: TableCell) { visitInlines(cell.inlines) }
    public mutating func visitTitlePage(_ page: TitlePage) {}
    public mutating func visitContents(_ contents: Contents) {}
    public mutating func visitGlossary(_ glossary: Glossary) {}
    public mutating func visitContactCard(_ card: ContactCard) {}

    public mutating func visitInline(_ inline: Inline) {
        switch inline {
        case .text(let node): visitText(node)
        case .strong(let node): visitStrong(node)
        case .emphasis(let node): visitEmphasis(node)
        case .link(let node): visitLink(node)
        case .lineBreak(let node): visitLineBreak(node)
        }
    }

    public mutating func visitText(_ text: Text) {}
    public mutating func visitStrong(_ strong: Strong) { visitInlines(strong.children) }
    public mutating func visitEmphasis(_ emphasis: Emphasis) { visitInlines(emphasis.children) }
    public mutating func visitLink(_ link: Link) { visitInlines(link.children) }
    public mutating func visitLineBreak(_ lineBreak: LineBreak) {}
}
