import PlainlyModel

/// Renders each kind of block as plain text into a `TextOutput`.
struct TextBlocks {
    var out: TextOutput
    let options: TextWriter.Options
    /// Whether a picture is shown (`RealizedDocument.shows`); one that is not is written as a slot.
    let showsPicture: (Picture) -> Bool

    /// Nested lists and callouts indent by this much a level.
    static let indentStep = "  "

    mutating func render(_ block: Block, indent: String = "") {
        switch block {
        case .heading(let heading):
            out.heading(InlineText.render(heading.inlines), level: heading.level)
        case .paragraph(let paragraph):
            out.startBlock()
            out.append(wrapping: InlineText.render(paragraph.inlines), firstIndent: indent, indent: indent)
        case .easyReadRow(let row):
            out.startBlock()
            picture(row.picture, indent: indent)
            for line in row.lines {
                out.append(wrapping: InlineText.render(line.inlines), firstIndent: indent, indent: indent)
            }
        case .picture(let picture):
            guard marker(for: picture) != nil else { return }
            out.startBlock()
            self.picture(picture, indent: indent)
        case .list(let list):
            out.startBlock()
            self.list(list, indent: indent)
        case .callout(let callout):
            out.startBlock()
            out.append(wrapping: callout.title + ":", firstIndent: indent, indent: indent)
            out.attachNext()
            let inner = indent + Self.indentStep + Self.indentStep
            for child in callout.blocks { render(child, indent: inner) }
        case .table(let table):
            self.table(table, indent: indent)
        case .titlePage(let page):
            titlePage(page)
        case .contents(let contents):
            out.heading(contents.title, level: Part.titleLevel)
            out.startBlock()
            for entry in contents.entries {
                let depth = String(repeating: Self.indentStep, count: max(entry.level - Part.titleLevel, 0))
                out.append(wrapping: entry.title, firstIndent: depth + "- ", indent: depth + "  ")
            }
        case .glossary(let glossary):
            out.heading(glossary.title, level: Part.titleLevel)
            for entry in glossary.entries {
                out.startBlock()
                out.append(wrapping: "\(entry.term): \(entry.explanation)", indent: Self.indentStep)
            }
        case .contactCard(let card):
            out.heading(card.title, level: Part.titleLevel)
            out.startBlock()
            for field in card.contact.labelledFields {
                out.append(wrapping: "\(field.label): \(field.value)", indent: Self.indentStep)
            }
        }
    }

    private mutating func titlePage(_ page: TitlePage) {
        // Said first, before the title, so nobody takes a draft for the agreed version.
        if page.isDraft { out.paragraph("\(Wording.draftBannerLabel) \(Wording.draftBanner)") }
        out.heading(page.title, level: 1)
        if let subtitle = page.subtitle { out.append(wrapping: subtitle) }
        if let name = page.profileName {
            // A line of its own, so it is not taken for the end of the subtitle.
            out.startBlock()
            out.append(wrapping: name)
        }
        if let cover = page.cover, marker(for: cover) != nil {
            out.startBlock()
            picture(cover, indent: "")
        }
        let details = (page.date.map { [$0.spelledOut] } ?? []) + page.detailsBeforeLogo
        if !details.isEmpty {
            out.startBlock()
            for line in details { out.append(wrapping: line) }
        }
        if let logo = page.logo, marker(for: logo) != nil {
            out.startBlock()
            picture(logo, indent: "")
        }
        if !page.detailsAfterLogo.isEmpty {
            out.startBlock()
            for line in page.detailsAfterLogo { out.append(wrapping: line) }
        }
    }

    private func marker(for picture: Picture) -> String? {
        guard options.includePictures, !picture.isDecorative || picture.isSlot else { return nil }
        return "[" + (showsPicture(picture) ? Wording.picture(picture.description) : Wording.slot(picture.description)) + "]"
    }

    private mutating func picture(_ picture: Picture, indent: String) {
        guard let marker = marker(for: picture) else { return }
        out.append(wrapping: marker, firstIndent: indent, indent: indent + " ")
    }

    private mutating func list(_ list: ListBlock, indent: String) {
        for (offset, item) in list.items.enumerated() {
            let label = list.isNumbered ? "\(list.start + offset). " : "- "
            let hanging = indent + String(repeating: " ", count: label.count)
            var first = true
            for child in item.blocks {
                switch child {
                case .paragraph(let paragraph) where first:
                    out.append(wrapping: InlineText.render(paragraph.inlines), firstIndent: indent + label, indent: hanging)
                case .list(let nested):
                    if first { out.append(indent + label) }
                    self.list(nested, indent: hanging)
                default:
                    if first { out.append(indent + label) }
                    renderInItem(child, indent: hanging)
                }
                first = false
            }
            if first { out.append(indent + label) }
        }
    }

    /// Later blocks of a list item keep the item's hanging indent, without a blank line before them
    /// when they are just more text.
    private mutating func renderInItem(_ block: Block, indent: String) {
        if case .paragraph(let paragraph) = block {
            out.append(wrapping: InlineText.render(paragraph.inlines), firstIndent: indent, indent: indent)
        } else {
            render(block, indent: indent)
        }
    }

    /// Each row as labelled lines: "You said: …" then "We did: …", a blank line between rows.
    private mutating func table(_ table: Table, indent: String) {
        if let caption = table.caption {
            out.startBlock()
            out.append(wrapping: caption, firstIndent: indent, indent: indent)
            out.append(indent + String(repeating: "-", count: min(caption.count, options.width - indent.count)))
        }
        let labels = table.header.map { InlineText.render($0.inlines) }
        for row in table.rows {
            out.startBlock()
            for (column, cell) in row.enumerated() {
                let value = InlineText.render(cell.inlines)
                let label = column < labels.count && !labels[column].isEmpty ? labels[column] + ": " : ""
                out.append(wrapping: label + value, firstIndent: indent, indent: indent + Self.indentStep)
            }
        }
    }

}
