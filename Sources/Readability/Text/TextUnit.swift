import PlainlyModel

/// One piece of text a reader takes in as a unit: a heading, a paragraph, a list item, a table cell,
/// a picture description, a line of an easy-read row. Sentences never run from one unit into the next,
/// so a heading without a full stop is never merged with the paragraph below it.
public struct TextUnit: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case heading, paragraph, listItem = "list-item", tableCell = "table-cell", caption
        case pictureDescription = "picture-description", easyReadLine = "easy-read-line"
        case calloutTitle = "callout-title"

        /// Units that are a full sentence only by courtesy: a heading or a cell needs no full stop.
        public var isLabel: Bool { self == .heading || self == .tableCell || self == .caption || self == .calloutTitle }
    }

    /// Where a run of the text starts in the source, so a sentence can be located to its column.
    public struct Anchor: Hashable, Sendable {
        public var offset: Int
        public var location: SourceLocation
    }

    public var kind: Kind
    public var text: String
    public var location: SourceLocation
    /// For headings: the absolute level.
    public var level: Int
    /// Offsets are UTF-8 offsets into `text`, in increasing order.
    public var anchors: [Anchor]

    public init(
        kind: Kind, text: String, location: SourceLocation, level: Int = 0, anchors: [Anchor] = []
    ) {
        self.kind = kind
        self.text = text
        self.location = location
        self.level = level
        self.anchors = anchors.isEmpty ? [Anchor(offset: 0, location: location)] : anchors
    }

    /// The source position of a UTF-8 offset into `text`; columns count characters as Unicode scalars.
    public func location(ofOffset offset: Int) -> SourceLocation {
        var anchor = anchors[0]
        for candidate in anchors where candidate.offset <= offset { anchor = candidate }
        if anchor.location.isGenerated { return location }
        var line = anchor.location.line
        var column = anchor.location.column
        var text = self.text
        text.withUTF8 { utf8 in
            var index = anchor.offset
            while index < min(offset, utf8.count) {
                let byte = utf8[index]
                if byte == 10 {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                index += 1
            }
        }
        return SourceLocation(file: anchor.location.file, line: line, column: column)
    }
}
