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
        var cursor: LocationCursor?
        return location(ofOffset: offset, continuing: &cursor)
    }

    /// Where a walk through the text for a location got to. A later offset in the same unit goes on
    /// from there rather than from the start of its run: a long paragraph can have many findings,
    /// each needing its place.
    public struct LocationCursor: Sendable {
        var anchor: Int
        var offset: Int
        var line: Int
        var column: Int
    }

    /// The same, going on from `cursor` when it is in this unit's same run and not past `offset`;
    /// `cursor` is left where this walk ended. A cursor must only be used with the unit that made it.
    public func location(ofOffset offset: Int, continuing cursor: inout LocationCursor?) -> SourceLocation {
        var anchorIndex = 0
        for (index, candidate) in anchors.enumerated() where candidate.offset <= offset { anchorIndex = index }
        let anchor = anchors[anchorIndex]
        if anchor.location.isGenerated { return location }
        var walk = LocationCursor(anchor: anchorIndex, offset: anchor.offset, line: anchor.location.line, column: anchor.location.column)
        if let earlier = cursor, earlier.anchor == anchorIndex, earlier.offset <= offset { walk = earlier }
        var text = self.text
        text.withUTF8 { utf8 in
            let end = min(offset, utf8.count)
            while walk.offset < end {
                let byte = utf8[walk.offset]
                if byte == 10 {
                    walk.line += 1
                    walk.column = 1
                } else if byte & 0xC0 != 0x80 {
                    walk.column += 1
                }
                walk.offset += 1
            }
        }
        cursor = walk
        return SourceLocation(file: anchor.location.file, line: walk.line, column: walk.column)
    }
}
