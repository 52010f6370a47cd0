import PlainlyModel

/// A box and the structure elements it sits in, outermost first. No elements: an artifact.
struct TaggedBox: Hashable {
    var path: [StructureElement]
    var box: Box

    var isArtifact: Bool { path.isEmpty }
}

/// May the page break before an item?
enum BreakRule: Hashable {
    case allowed
    /// Keep rules: the item stays on the page of the one before it.
    case forbidden
    /// Always starts a page: the title page, contents, a new part in easy read.
    case newPage
}

/// Something the paginator never splits: a line, an easy-read row, a table row, a picture. Boxes are
/// placed relative to the item's top; the paginator only decides which page and how far down.
struct FlowItem: Hashable {
    var height: Points
    /// Dropped when the item opens a page, so a page never starts with empty space.
    var spaceBefore: Points
    var breakBefore: BreakRule
    var boxes: [TaggedBox]
    /// Items of one callout share a number; the border is drawn round its items on each page.
    var frame: Int?
    /// Table rows: the header row, drawn again as an artifact when the row opens a page.
    var repeatedHeader: [FlowItem] = []
    var location: SourceLocation
    /// What the item belongs to, in words, for the report when a group must be split.
    var group: String

    init(
        height: Points, spaceBefore: Points = .zero, breakBefore: BreakRule = .allowed, boxes: [TaggedBox],
        frame: Int? = nil, location: SourceLocation, group: String
    ) {
        self.height = height
        self.spaceBefore = spaceBefore
        self.breakBefore = breakBefore
        self.boxes = boxes
        self.frame = frame
        self.location = location
        self.group = group
    }

    /// Adds room at the top (padding) by moving every box down.
    mutating func padTop(_ amount: Points) {
        boxes = boxes.map { TaggedBox(path: $0.path, box: $0.box.offsetBy(dy: amount)) }
        height = height + amount
    }
}

/// The frame drawn round a callout's items.
struct FrameStyle: Hashable {
    var x: Points
    var width: Points
    var lineWidth: Points
}
