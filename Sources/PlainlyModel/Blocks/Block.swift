/// A unit of a part: what a reader sees as one thing on the page.
///
/// The last four cases are generated from the metadata by `DocumentAssembly`, never read from a
/// source; they carry everything a renderer needs, so renderers stay simple.
public enum Block: Hashable, Sendable {
    case heading(Heading)
    case paragraph(Paragraph)
    case easyReadRow(EasyReadRow)
    case picture(Picture)
    case list(ListBlock)
    case callout(Callout)
    case table(Table)
    case titlePage(TitlePage)
    case contents(Contents)
    case glossary(Glossary)
    case contactCard(ContactCard)

    public var location: SourceLocation {
        switch self {
        case .heading(let node): node.location
        case .paragraph(let node): node.location
        case .easyReadRow(let node): node.location
        case .picture(let node): node.location
        case .list(let node): node.location
        case .callout(let node): node.location
        case .table(let node): node.location
        case .titlePage(let node): node.location
        case .contents(let node): node.location
        case .glossary(let node): node.location
        case .contactCard(let node): node.location
        }
    }
}

public struct Heading: Hashable, Sendable {
    /// Absolute level: 1 is the document title, 2 a part or top section (see `Document`).
    public var level: Int
    public var inlines: [Inline]
    /// Unique within the document, for links, contents and bookmarks.
    public var anchor: String
    public var location: SourceLocation

    public init(level: Int, inlines: [Inline], anchor: String = "", location: SourceLocation = .generated) {
        self.level = level
        self.inlines = inlines
        self.anchor = anchor
        self.location = location
    }
}

public struct Paragraph: Hashable, Sendable {
    public var inlines: [Inline]
    public var location: SourceLocation

    public init(inlines: [Inline], location: SourceLocation = .generated) {
        self.inlines = inlines
        self.location = location
    }
}

/// The easy-read pattern: a picture on the left, short lines of text on the right. Each line is
/// shown on a line of its own, because easy read puts each sentence on a new line.
public struct EasyReadRow: Hashable, Sendable {
    public var picture: Picture
    public var lines: [TextLine]
    public var location: SourceLocation

    public init(picture: Picture, lines: [TextLine], location: SourceLocation = .generated) {
        self.picture = picture
        self.lines = lines
        self.location = location
    }
}

/// One source line of an easy-read row.
public struct TextLine: Hashable, Sendable {
    public var inlines: [Inline]
    public var location: SourceLocation

    public init(inlines: [Inline], location: SourceLocation = .generated) {
        self.inlines = inlines
        self.location = location
    }
}

public struct ListBlock: Hashable, Sendable {
    public var isNumbered: Bool
    /// The first number of a numbered list (an author may start at 3).
    public var start: Int
    public var items: [ListItem]
    public var location: SourceLocation

    public init(isNumbered: Bool, start: Int = 1, items: [ListItem], location: SourceLocation = .generated) {
        self.isNumbered = isNumbered
        self.start = start
        self.items = items
        self.location = location
    }
}

/// A list item holds blocks: usually one paragraph, sometimes a nested list.
public struct ListItem: Hashable, Sendable {
    public var blocks: [Block]
    public var location: SourceLocation

    public init(blocks: [Block], location: SourceLocation = .generated) {
        self.blocks = blocks
        self.location = location
    }
}

/// A box that stands out from the text: "Important", "Note", "Tip".
public struct Callout: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case important, note, tip, warning

        /// The title shown when the author gives none.
        public var defaultTitle: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
    }

    public var kind: Kind
    public var title: String
    public var blocks: [Block]
    public var location: SourceLocation

    public init(kind: Kind, title: String? = nil, blocks: [Block], location: SourceLocation = .generated) {
        self.kind = kind
        self.title = title ?? kind.defaultTitle
        self.blocks = blocks
        self.location = location
    }
}

public struct Table: Hashable, Sendable {
    /// Shown above the table and read out first by screen readers (`Table: …` before it in a source).
    public var caption: String?
    public var header: [TableCell]
    public var rows: [[TableCell]]
    public var location: SourceLocation

    public init(
        caption: String? = nil, header: [TableCell], rows: [[TableCell]], location: SourceLocation = .generated
    ) {
        self.caption = caption
        self.header = header
        self.rows = rows
        self.location = location
    }
}

public struct TableCell: Hashable, Sendable {
    public var inlines: [Inline]
    public var location: SourceLocation

    public init(inlines: [Inline], location: SourceLocation = .generated) {
        self.inlines = inlines
        self.location = location
    }
}
