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
    /// With `cover:` or `logo:` it is a cover page, which also says what the document is made for.
    public var titlePage: TitlePage {
        let metadata = document.metadata
        let lines = [metadata.subtitle, metadata.newsletter.edition].compactMap { $0 }
        let isCover = metadata.cover != nil || metadata.logo != nil
        return TitlePage(
            title: metadata.title, subtitle: lines.isEmpty ? nil : lines.joined(separator: " – "),
            date: metadata.date, makers: document.makers, isDraft: document.hasDraftParts,
            easyReadOf: metadata.easyReadOf, version: metadata.version, reviewDate: metadata.reviewDate,
            cover: metadata.cover, logo: metadata.logo,
            profileName: isCover ? Wording.profileName(metadata.profile) : nil, location: metadata.location)
    }

    /// Fixed anchors for the sections Plainly makes, the same in every format.
    public static let contentsAnchor = "plainly-contents"
    public static let glossaryAnchor = "plainly-hard-words"
    public static let contactAnchor = "plainly-contact"

    /// The part titles (level 2), the headings one level below them that stand outside a part, then
    /// the sections Plainly adds at the end (dates for the diary, hard words, who to contact).
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
        for case .heading(let heading) in diary {
            entries.append(.init(title: heading.inlines.plainText, level: heading.level, anchor: heading.anchor))
        }
        if let glossary { entries.append(.init(title: glossary.title, level: Part.titleLevel, anchor: Self.glossaryAnchor)) }
        if let contactCard {
            entries.append(.init(title: contactCard.title, level: Part.titleLevel, anchor: Self.contactAnchor))
        }
        return Contents(title: Wording.contentsTitle(for: document.metadata.kind), entries: entries)
    }

    /// A part's blocks as every format shows them: a first heading that only repeats the part's
    /// title is said once, and so is a table caption that only repeats the heading just above it.
    public func blocks(of part: Part) -> [Block] {
        var blocks = part.blocks
        if let title = part.title, case .heading(let first)? = blocks.first, Self.same(first.inlines.plainText, title) {
            blocks.removeFirst()
        }
        for index in blocks.indices.dropFirst() {
            guard case .heading(let heading) = blocks[index - 1], case .table(var table) = blocks[index],
                let caption = table.caption, Self.same(caption, heading.inlines.plainText)
            else { continue }
            table.caption = nil
            blocks[index] = .table(table)
        }
        return blocks
    }

    private static func same(_ a: String, _ b: String) -> Bool {
        func folded(_ text: String) -> String {
            text.lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " }
                .split(separator: " ").joined(separator: " ")
        }
        let first = folded(a)
        return !first.isEmpty && first == folded(b)
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
        return Wording.writtenBy(part.by)
    }

    /// A board paper's cover block: what meeting, which item, who wrote it, why, and what is asked.
    public var paperCover: [Block] {
        let metadata = document.metadata
        guard metadata.kind == .paper else { return [] }
        let paper = metadata.paper
        var fields: [(String, String)] = []
        typealias Label = Wording.PaperLabel
        if let meeting = paper.meeting { fields.append((Label.meeting, meeting)) }
        if let date = metadata.date { fields.append((Label.date, date.spelledOut)) }
        if let item = paper.agendaItem { fields.append((Label.agendaItem, item)) }
        if !metadata.authors.isEmpty { fields.append((Label.author, Wording.list(metadata.authors))) }
        if let purpose = paper.purpose { fields.append((Label.purpose, purpose)) }
        if let decision = paper.decisionNeeded { fields.append((Label.decisionNeeded, decision)) }
        guard !fields.isEmpty else { return [] }
        let items = fields.map { label, value in
            ListItem(blocks: [.paragraph(Paragraph(inlines: [.strong([.text(label + ":")]), .text(" " + value)]))])
        }
        return [
            .heading(Heading(level: Part.titleLevel, inlines: [.text(Wording.aboutThisPaper)], anchor: anchor("about-this-paper"))),
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
        typealias Label = Wording.DiaryLabel
        var header = [cell(Label.date)]
        if hasTime { header.append(cell(Label.time)) }
        if hasPlace { header.append(cell(Label.place)) }
        header.append(cell(Label.what))
        let rows = events.map { event -> [TableCell] in
            var row = [cell(event.date.spelledOutWithWeekday, event.location)]
            if hasTime { row.append(cell(event.time, event.location)) }
            if hasPlace { row.append(cell(event.place, event.location)) }
            row.append(cell(event.what, event.location))
            return row
        }
        let title = Wording.datesForYourDiary
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

    /// Blocks after the last part: dates for the diary, the glossary, the contact card and the
    /// pictures' credit, where there are any.
    public var backMatter: [Block] {
        var blocks: [Block] = diary
        if let glossary { blocks.append(.glossary(glossary)) }
        if let contactCard { blocks.append(.contactCard(contactCard)) }
        blocks += pictureCredit
        return blocks
    }

    /// "Pictures: Mulberry Symbols © Steve Lee, CC BY-SA 4.0" as the document's last paragraph
    /// when it uses at least one picture from the bank (their licence asks for the credit); nothing
    /// when it uses none.
    public var pictureCredit: [Block] {
        var finder = BankPictureFinder()
        finder.visitDocument(document)
        guard finder.found else { return [] }
        return [.paragraph(Paragraph(inlines: [.text(Wording.pictureCredit)]))]
    }
}

/// Whether some content uses a picture from the bank.
private struct BankPictureFinder: ContentWalker {
    var found = false

    mutating func visitPicture(_ picture: Picture) {
        if picture.isFromBank { found = true }
    }
}
