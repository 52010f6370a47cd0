/// Turns metadata into the generated blocks every renderer shows the same way: the title page and
/// contents before the parts, the "Hard words" glossary and contact card after them.
///
/// Renderers call this instead of each deciding for itself, so a PDF, a web page and an email say the
/// same things in the same order.
public struct DocumentAssembly: Sendable {
    public var document: Document

    public init(_ document: Document) {
        self.document = document
    }

    /// Easy-read guidance: a contents list helps once a document has more than a handful of parts.
    public static let partsNeedingContents = 5

    /// A newsletter's masthead is its title page with the edition ("Issue 12, Winter 2026") under the title.
    public var titlePage: TitlePage {
        let metadata = document.metadata
        let lines = [metadata.subtitle, metadata.newsletter.edition].compactMap { $0 }
        return TitlePage(
            title: metadata.title, subtitle: lines.isEmpty ? nil : lines.joined(separator: " – "),
            date: metadata.date, makers: document.makers, location: metadata.location)
    }

    /// The part titles (level 2) and the headings one level below them that stand outside a part.
    public var contents: Contents {
        var entries: [Contents.Entry] = []
        for part in document.parts {
            if let title = part.title {
                entries.append(.init(title: title, level: Part.titleLevel, anchor: part.anchor))
            }
            for case .heading(let heading) in part.blocks where heading.level <= Part.titleLevel {
                entries.append(.init(title: heading.inlines.plainText, level: heading.level, anchor: heading.anchor))
            }
        }
        return Contents(title: Self.contentsTitle(for: document.metadata.kind), entries: entries)
    }

    /// Said the way a reader would ask: "What is in this guide?"
    public static func contentsTitle(for kind: DocumentKind) -> String {
        switch kind {
        case .guide: "What is in this guide"
        case .newsletter: "In this issue"
        case .paper: "What is in this paper"
        }
    }

    /// Newsletters always say what is in the issue; other documents once they have several parts.
    public var needsContents: Bool {
        if document.metadata.kind == .newsletter { return document.parts.count > 1 }
        return document.parts.count >= Self.partsNeedingContents
    }

    /// "Written by Kwame Mensah and Ruth" under a part's title, in every format and every kind of
    /// document: a co-production group credits who wrote each part of a guide as a newsletter credits
    /// each article's writer. Nil when the part names nobody.
    public func byline(for part: Part) -> String? {
        guard !part.by.isEmpty else { return nil }
        return "Written by " + Self.names(part.by)
    }

    /// A board paper's cover block: what meeting, which item, who wrote it, why, and what is asked.
    public var paperCover: [Block] {
        let metadata = document.metadata
        guard metadata.kind == .paper else { return [] }
        let paper = metadata.paper
        var fields: [(String, String)] = []
        if let meeting = paper.meeting { fields.append(("Meeting", meeting)) }
        if let date = metadata.date { fields.append(("Date", date.spelledOut)) }
        if let item = paper.agendaItem { fields.append(("Agenda item", item)) }
        if !metadata.authors.isEmpty { fields.append(("Author", Self.names(metadata.authors))) }
        if let purpose = paper.purpose { fields.append(("Purpose", purpose)) }
        if let decision = paper.decisionNeeded { fields.append(("Decision needed", decision)) }
        guard !fields.isEmpty else { return [] }
        let items = fields.map { label, value in
            ListItem(blocks: [.paragraph(Paragraph(inlines: [.strong([.text(label + ":")]), .text(" " + value)]))])
        }
        return [
            .heading(Heading(level: Part.titleLevel, inlines: [.text("About this paper")], anchor: anchor("about-this-paper"))),
            .list(ListBlock(isNumbered: false, items: items)),
        ]
    }

    /// "Dates for your diary": a table with a row an event, in date order.
    public var diary: [Block] {
        let events = document.metadata.newsletter.events.sorted { $0.date < $1.date }
        guard !events.isEmpty else { return [] }
        let hasTime = events.contains { $0.time != nil }
        let hasPlace = events.contains { $0.place != nil }
        func cell(_ text: String?, _ location: SourceLocation = .generated) -> TableCell {
            TableCell(inlines: text.map { [.text($0, at: location)] } ?? [], location: location)
        }
        var header = [cell("Date")]
        if hasTime { header.append(cell("Time")) }
        if hasPlace { header.append(cell("Where")) }
        header.append(cell("What"))
        let rows = events.map { event -> [TableCell] in
            var row = [cell(event.date.spelledOutWithWeekday, event.location)]
            if hasTime { row.append(cell(event.time, event.location)) }
            if hasPlace { row.append(cell(event.place, event.location)) }
            row.append(cell(event.what, event.location))
            return row
        }
        let title = "Dates for your diary"
        return [
            .heading(Heading(level: Part.titleLevel, inlines: [.text(title)], anchor: anchor("dates-for-your-diary"))),
            .table(Table(caption: title, header: header, rows: rows, location: events[0].location)),
        ]
    }

    /// A fixed anchor for a generated section, kept clear of the anchors the author's headings use.
    private func anchor(_ base: String) -> String {
        var used = Set(document.parts.map(\.anchor))
        for part in document.parts {
            for case .heading(let heading) in part.blocks { used.insert(heading.anchor) }
        }
        var candidate = base
        var number = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        return candidate
    }

    /// "Amira", "Amira and Tom", "Amira, Tom and Jo".
    public static func names(_ names: [String]) -> String {
        switch names.count {
        case 0: ""
        case 1: names[0]
        default: names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
        }
    }

    /// Sorted alphabetically, ignoring case, as readers look words up.
    public var glossary: Glossary? {
        let entries = document.metadata.glossary
        guard !entries.isEmpty else { return nil }
        let sorted = entries.sorted {
            let a = $0.term.lowercased(), b = $1.term.lowercased()
            return a == b ? $0.term < $1.term : a < b
        }
        return Glossary(entries: sorted, location: entries[0].location)
    }

    public var contactCard: ContactCard? {
        guard let contact = document.metadata.contact, !contact.isEmpty else { return nil }
        return ContactCard(contact: contact, location: document.metadata.location)
    }

    /// Blocks before the first part: the title page (a newsletter's masthead), a paper's cover block,
    /// then contents when asked for or needed.
    public func frontMatter(includeContents: Bool? = nil) -> [Block] {
        var blocks: [Block] = [.titlePage(titlePage)]
        blocks += paperCover
        if includeContents ?? needsContents { blocks.append(.contents(contents)) }
        return blocks
    }

    /// Blocks after the last part: dates for the diary, the glossary and the contact card, where there are any.
    public var backMatter: [Block] {
        var blocks: [Block] = diary
        if let glossary { blocks.append(.glossary(glossary)) }
        if let contactCard { blocks.append(.contactCard(contactCard)) }
        return blocks
    }
}
