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

    public var titlePage: TitlePage {
        let metadata = document.metadata
        return TitlePage(
            title: metadata.title, subtitle: metadata.subtitle, date: metadata.date,
            makers: document.makers, location: metadata.location)
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
        return Contents(entries: entries)
    }

    public var needsContents: Bool { document.parts.count >= Self.partsNeedingContents }

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

    /// Blocks before the first part: the title page, then contents when asked for or needed.
    public func frontMatter(includeContents: Bool? = nil) -> [Block] {
        var blocks: [Block] = [.titlePage(titlePage)]
        if includeContents ?? needsContents { blocks.append(.contents(contents)) }
        return blocks
    }

    /// Blocks after the last part: the glossary and the contact card, where there are any.
    public var backMatter: [Block] {
        var blocks: [Block] = []
        if let glossary { blocks.append(.glossary(glossary)) }
        if let contactCard { blocks.append(.contactCard(contactCard)) }
        return blocks
    }
}
