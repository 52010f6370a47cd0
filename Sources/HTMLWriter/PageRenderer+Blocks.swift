import PlainlyModel

extension PageRenderer {
    mutating func writeBlock(_ block: Block) {
        // A table straight after a heading that names it is labelled by that heading.
        let headingAbove = headingJustWritten
        headingJustWritten = nil
        switch block {
        case .heading(let heading): writeHeading(heading)
        case .paragraph(let paragraph):
            guard !paragraph.inlines.isEmpty else { return }
            out.open(.p)
            writeInlines(paragraph.inlines)
            out.close(.p)
        case .easyReadRow(let row): writeRow(row)
        case .picture(let picture):
            let image = resolve(picture)
            out.open(.div, [.classes("picture")])
            writePicture(picture, image: image)
            out.close(.div)
        case .list(let list): writeList(list)
        case .callout(let callout): writeCallout(callout)
        case .table(let table): writeTable(table, headingAbove: headingAbove)
        case .titlePage(let page): writeTitlePage(page)
        case .contents(let contents): writeContents(contents)
        case .glossary(let glossary): writeGlossary(glossary)
        case .contactCard(let card): writeContactCard(card)
        }
    }

    /// Headings never skip a level (WCAG 1.3.1; screen-reader users jump by level): one deeper
    /// than the last heading is the deepest allowed, and the author hears about any change.
    private mutating func writeHeading(_ heading: Heading) {
        guard Self.shown(heading.inlines.plainText) != nil else {
            diagnostics.append(.warning(
                "This heading has no words, so it is left out of the web page.", id: "empty-heading", at: heading.location))
            return
        }
        let level = min(max(2, heading.level), 6, lastHeadingLevel + 1)
        if level != heading.level {
            diagnostics.append(.warning(
                "This heading is level \(heading.level) after a level \(lastHeadingLevel) heading; "
                    + "the web page makes it level \(level) so that no level is skipped.",
                id: "heading-level", at: heading.location))
        }
        let id = claimID(anchor: heading.anchor, title: heading.inlines.plainText, at: heading.location)
        let tag = Tag.heading(level)
        out.open(tag, [.id(id)])
        writeInlines(heading.inlines, hardWords: false)
        out.close(tag)
        lastHeadingLevel = level
        headingJustWritten = id
    }

    /// The picture on the left, each line of text on a line of its own on the right.
    private mutating func writeRow(_ row: EasyReadRow) {
        let image = resolve(row.picture)
        // A row still waiting for its picture is set out differently on a narrow screen.
        out.open(.div, [.classes(image == nil ? "row row-waiting" : "row")])
        // A slot's words get more room than a picture on a narrow screen.
        out.open(.div, [.classes(image == nil ? "row-picture row-slot" : "row-picture")])
        writePicture(row.picture, image: image)
        out.close(.div)
        out.open(.div, [.classes("row-text")])
        for line in row.lines {
            out.open(.p)
            writeInlines(line.inlines)
            out.close(.p)
        }
        out.close(.div)
        out.close(.div)
    }

    /// The picture's address, or nil when it is a slot or its file cannot be used (reported here:
    /// such a picture is shown as a slot too).
    mutating func resolve(_ picture: Picture) -> AssetURL? {
        guard let path = picture.path else { return nil }
        switch assets.picture(path: path) {
        case .success(let url): return url
        case .failure(let problem):
            diagnostics.append(PictureWarning.warning(problem, path: path, at: picture.location))
            return nil
        }
    }

    /// A picture, or a visible slot when there is none to show yet. A slot is text, so screen
    /// readers read the same words people see.
    mutating func writePicture(_ picture: Picture, image: AssetURL?) {
        guard let image else {
            writeSlot(picture.description)
            return
        }
        if !picture.isDecorative && picture.description.allSatisfy(\.isWhitespace) {
            diagnostics.append(.warning(
                "This picture has no words to say what it shows; screen readers will skip it.",
                id: "picture-without-description", at: picture.location))
        }
        out.void(.img, [.src(image), .alt(picture.description)])
    }

    private mutating func writeSlot(_ description: String) {
        out.element(.p, [.classes("slot")], text: Wording.slot(description))
    }

    private mutating func writeList(_ list: ListBlock) {
        let tag: Tag = list.isNumbered ? .ol : .ul
        out.open(tag, list.isNumbered && list.start != 1 ? [.start(list.start)] : [])
        for item in list.items {
            out.open(.li)
            for (index, block) in item.blocks.enumerated() {
                // An item's first paragraph is its text: no <p> around it, so items sit close together.
                if index == 0, case .paragraph(let paragraph) = block {
                    writeInlines(paragraph.inlines)
                } else {
                    writeBlock(block)
                }
            }
            out.close(.li)
        }
        out.close(tag)
    }

    /// A box with a visible title that also names it for screen readers.
    private mutating func writeCallout(_ callout: Callout) {
        let titleID = ids.claimGenerated("callout")
        out.open(.aside, [.classes("callout callout-\(callout.kind.rawValue)"), .ariaLabelledby(titleID)])
        out.element(.p, [.classes("callout-title"), .id(titleID)], text: Self.shown(callout.title) ?? callout.kind.defaultTitle)
        for block in callout.blocks { writeBlock(block) }
        out.close(.aside)
    }

    /// A table in a box that scrolls sideways on its own when it is wider than the screen, so the
    /// page never does; the box can take keyboard focus so that everyone can scroll it. A table
    /// that would scroll on a phone is also written as labelled blocks, shown instead of it below
    /// the width it needs (`NarrowTable`).
    private mutating func writeTable(_ table: Table, headingAbove: String?) {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return }
        guard let breakpoint = NarrowTable.breakpoint(for: table, profile: document.metadata.profile) else {
            writeGrid(table, columns: columns, headingAbove: headingAbove)
            return
        }
        out.open(.div, [.classes("table-switch narrow-below-\(breakpoint)")])
        // Only one of the two is shown at any width, so a hard word first used in the table is
        // linked in both: a phone's reader gets the link too.
        let linkedBefore = linkedHardWords
        writeGrid(table, columns: columns, headingAbove: headingAbove)
        let linkedByGrid = linkedHardWords
        linkedHardWords = linkedBefore
        writeLabelledRows(table)
        linkedHardWords.formUnion(linkedByGrid)
        out.close(.div)
    }

    /// Each row as a block of its cells, each after its column's heading and a colon ("Date: 3
    /// March"), in the words of the text file and the PDF; the caption stays above them.
    private mutating func writeLabelledRows(_ table: Table) {
        out.open(.div, [.classes("table-rows")])
        if let caption = Self.shown(table.caption) { out.element(.p, [.classes("table-rows-caption")], text: caption) }
        out.open(.ul)
        for row in table.rows {
            out.open(.li)
            for (column, cell) in row.enumerated() {
                out.open(.p)
                if column < table.header.count, Self.shown(table.header[column].inlines.plainText) != nil {
                    out.open(.strong)
                    writeInlines(table.header[column].inlines, hardWords: false)
                    out.text(":")
                    out.close(.strong)
                    out.text(" ")
                }
                writeInlines(cell.inlines)
                out.close(.p)
            }
            out.close(.li)
        }
        out.close(.ul)
        out.close(.div)
    }

    private mutating func writeGrid(_ table: Table, columns: Int, headingAbove: String?) {
        let caption = Self.shown(table.caption)
        let captionID = caption.map { _ in ids.claimGenerated("table") }
        var box: [Attribute] = [.classes("table-scroll"), .role("region"), .tabindex(0)]
        if let label = captionID ?? headingAbove {
            box.append(.ariaLabelledby(label))
        } else {
            box.append(.ariaLabel(Wording.tableName))
        }
        out.open(.div, box)
        out.open(.table)
        if let caption, let captionID { out.element(.caption, [.id(captionID)], text: caption) }
        if !table.header.isEmpty {
            out.open(.thead)
            out.open(.tr)
            for column in 0..<columns {
                if column < table.header.count {
                    out.open(.th, [.scope("col")])
                    writeInlines(table.header[column].inlines)
                    out.close(.th)
                } else {
                    out.element(.td, text: "")
                }
            }
            out.close(.tr)
            out.close(.thead)
        }
        if !table.rows.isEmpty {
            out.open(.tbody)
            for row in table.rows {
                out.open(.tr)
                // Every row as wide as the widest, so the table's columns line up for screen readers.
                for column in 0..<columns {
                    out.open(.td)
                    if column < row.count { writeInlines(row[column].inlines) }
                    out.close(.td)
                }
                out.close(.tr)
            }
            out.close(.tbody)
        }
        out.close(.table)
        out.close(.div)
    }
}
