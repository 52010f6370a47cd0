import PlainlyModel

/// The blocks Plainly makes from the metadata: title page, contents, hard words, contact card.
extension FlowBuilder {
    // MARK: Generated blocks

    static let contentsAnchor = DocumentAssembly.contentsAnchor
    static let glossaryAnchor = DocumentAssembly.glossaryAnchor
    static let contactAnchor = DocumentAssembly.contactAnchor

    func contents(_ contents: Contents, column: Column, startsPage: Bool = true) {
        if startsPage { breakPage() }
        heading(Heading(level: 2, inlines: [.text(contents.title)], anchor: Self.contentsAnchor), column: column, prefix: [])
        let listElement = element(.list)
        let numberColumn = measurer.width(of: "page 000", weight: .regular, size: body)
        for (index, entry) in contents.entries.enumerated() {
            let indent = entry.level > Part.titleLevel ? body * 1.5 : .zero
            let titleColumn = Column(x: column.x + indent, width: column.width - indent - numberColumn - body)
            let itemPrefix = [listElement, element(.listItem)]
            let bodyPath = itemPrefix + [element(.listBody)]
            let link: [Inline] = [.link("#" + entry.anchor, [.text(entry.title)])]
            var (lineItems, _) = textItems(
                link, weight: entry.level <= Part.titleLevel ? .bold : .regular, size: body, column: titleColumn,
                path: bodyPath, location: contents.location, group: "contents entry")
            guard !lineItems.isEmpty else { continue }
            // The page number, right-aligned on the entry's first line, links to the same place. It
            // starts with a space so that the entry's text reads "What we did page 3", not "didpage 3".
            // Written in once every heading has its page (`ContentsNumbers`).
            let pageText = ContentsNumbers.placeholder
            let width = measurer.width(of: pageText, weight: .regular, size: body)
            if case .text(var line) = lineItems[0].boxes[0].box {
                line.runs = [TextRun(x: column.x + column.width - width, width: width, text: pageText, weight: .regular,
                                     tag: .link(.anchor(entry.anchor)))]
                lineItems[0].boxes.append(TaggedBox(path: bodyPath, box: .text(line)))
            }
            lineItems[0].spaceBefore = index == 0 ? body * profile.paragraphSpacing : body * 0.5
            for line in 1..<max(1, lineItems.count) { lineItems[line].breakBefore = .forbidden }
            lineItems.forEach(add)
        }
    }

    func glossary(_ glossary: Glossary, column: Column) {
        breakPage()
        heading(Heading(level: 2, inlines: [.text(glossary.title)], anchor: Self.glossaryAnchor), column: column, prefix: [])
        let listElement = element(.list)
        for (index, entry) in glossary.entries.enumerated() {
            let itemPrefix = [listElement, element(.listItem)]
            let start = items.count
            var (termItems, _) = textItems(
                [.text(entry.term)], weight: .bold, size: body, column: column, path: itemPrefix + [element(.label)],
                location: entry.location, group: "hard word and its meaning")
            if !termItems.isEmpty {
                termItems[0].spaceBefore = index == 0 ? body * profile.paragraphSpacing : body * 0.9
            }
            termItems.forEach(add)
            paragraph([.text(entry.explanation)], column: column, prefix: itemPrefix + [element(.listBody)],
                      spaceBefore: .zero, location: entry.location)
            // A word and its meaning stay together.
            for item in (start + 1)..<max(start + 1, items.count) { items[item].breakBefore = .forbidden }
        }
    }

    func contactCard(_ card: ContactCard, column: Column) {
        heading(Heading(level: 2, inlines: [.text(card.title)], anchor: Self.contactAnchor), column: column, prefix: [])
        let start = items.count
        framed(column: column, location: card.location) { inner in
            for (index, field) in card.contact.labelledFields.enumerated() {
                var value: Inline = .text(field.value)
                switch field.label {
                case Wording.ContactLabel.email: value = .link("mailto:" + field.value, [.text(field.value)])
                case Wording.ContactLabel.phone: value = .link("tel:" + field.value.filter { !$0.isWhitespace }, [.text(field.value)])
                case Wording.ContactLabel.website:
                    let address = field.value.contains("://") ? field.value : "https://" + field.value
                    value = .link(address, [.text(field.value)])
                default: break
                }
                paragraph([.strong([.text(field.label + ": ")]), value], column: inner, prefix: [],
                          spaceBefore: index == 0 ? .zero : body * 0.4, location: card.location)
            }
        }
        if start < items.count { items[start].breakBefore = .forbidden }
    }
}
