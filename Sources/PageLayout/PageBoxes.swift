import PlainlyModel

/// Where a link goes: a web or mail address as the author wrote it, or a heading in this document.
public enum LinkTarget: Hashable, Sendable {
    case uri(String)
    case anchor(String)
}

/// How a run of text is tagged inside its paragraph. Cairo leaves a paragraph's own text untagged
/// once the paragraph holds a child tag, so in a paragraph with a link every other run is a span.
public enum RunTag: Hashable, Sendable {
    case span
    case link(LinkTarget)
}

/// Text in one weight on one line, placed by its left edge.
public struct TextRun: Hashable, Sendable {
    public var x: Points
    public var width: Points
    public var text: String
    public var weight: FontWeight
    public var tag: RunTag?

    public init(x: Points, width: Points, text: String, weight: FontWeight, tag: RunTag? = nil) {
        self.x = x
        self.width = width
        self.text = text
        self.weight = weight
        self.tag = tag
    }
}

/// One line of text, placed by its baseline.
public struct TextLineBox: Hashable, Sendable {
    public var baseline: Points
    public var size: Points
    public var runs: [TextRun]

    public init(baseline: Points, size: Points, runs: [TextRun]) {
        self.baseline = baseline
        self.size = size
        self.runs = runs
    }

    public var text: String { runs.map(\.text).joined() }
}

/// A picture file drawn into a frame that already has the picture's own aspect ratio.
public struct PictureBox: Hashable, Sendable {
    public var frame: Rect
    /// Relative to the document's base folder.
    public var path: String

    public init(frame: Rect, path: String) {
        self.frame = frame
        self.path = path
    }
}

/// A rectangle outline: a callout's thick border, a table's cell rules, a picture slot's dashes.
public struct FrameBox: Hashable, Sendable {
    public enum Style: String, Hashable, Sendable {
        case solid, dashed
    }

    public var frame: Rect
    public var lineWidth: Points
    public var style: Style

    public init(frame: Rect, lineWidth: Points, style: Style = .solid) {
        self.frame = frame
        self.lineWidth = lineWidth
        self.style = style
    }
}

/// A straight line, such as the rule under a table's header row.
public struct RuleBox: Hashable, Sendable {
    public var from: (x: Points, y: Points)
    public var to: (x: Points, y: Points)
    public var lineWidth: Points

    public init(fromX: Points, fromY: Points, toX: Points, toY: Points, lineWidth: Points) {
        from = (fromX, fromY)
        to = (toX, toY)
        self.lineWidth = lineWidth
    }

    public static func == (a: RuleBox, b: RuleBox) -> Bool {
        a.from == b.from && a.to == b.to && a.lineWidth == b.lineWidth
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(from.x)
        hasher.combine(from.y)
        hasher.combine(to.x)
        hasher.combine(to.y)
        hasher.combine(lineWidth)
    }
}

/// Everything a writer draws. Writers draw exactly these and decide nothing about placement.
public enum Box: Hashable, Sendable {
    case text(TextLineBox)
    case picture(PictureBox)
    case frame(FrameBox)
    case rule(RuleBox)

    func offsetBy(dy: Points) -> Box {
        switch self {
        case .text(var line):
            line.baseline = line.baseline + dy
            return .text(line)
        case .picture(var picture):
            picture.frame = picture.frame.offsetBy(dy: dy)
            return .picture(picture)
        case .frame(var frame):
            frame.frame = frame.frame.offsetBy(dy: dy)
            return .frame(frame)
        case .rule(var rule):
            rule.from.y = rule.from.y + dy
            rule.to.y = rule.to.y + dy
            return .rule(rule)
        }
    }
}

/// The standard PDF structure types the layout uses. Cairo 1.16 rejects any other name, and only
/// when the file is finished, so the set is closed here.
public enum StructureRole: Hashable, Sendable {
    case heading(Int)
    case paragraph, caption
    case list, listItem, label, listBody
    case table, tableRow, tableHeader, tableData
    case figure
    case division

    public var tagName: String {
        switch self {
        case .heading(let level): "H\(min(max(level, 1), 6))"
        case .paragraph: "P"
        case .caption: "Caption"
        case .list: "L"
        case .listItem: "LI"
        case .label: "Lbl"
        case .listBody: "LBody"
        case .table: "Table"
        case .tableRow: "TR"
        case .tableHeader: "TH"
        case .tableData: "TD"
        case .figure: "Figure"
        case .division: "Div"
        }
    }

    /// Grouping elements hold other elements, so they may stay open across a page break; an element
    /// that holds text itself is closed at the foot of a page and a new one opened at the head.
    public var spansPages: Bool {
        switch self {
        case .list, .listItem, .listBody, .table, .division: true
        default: false
        }
    }
}

/// One element of the structure tree, as the layout opens it.
public struct StructureElement: Hashable, Sendable {
    public var role: StructureRole
    /// Unique in a layout; an element continued on a new page gets a new one.
    public var id: Int
    /// Headings: the anchor that links and bookmarks go to, and the bookmark's words.
    public var anchor: String?
    public var title: String?
    /// Figures: the words a screen reader says instead of the picture.
    public var alternateText: String?

    public init(
        role: StructureRole, id: Int, anchor: String? = nil, title: String? = nil, alternateText: String? = nil
    ) {
        self.role = role
        self.id = id
        self.anchor = anchor
        self.title = title
        self.alternateText = alternateText
    }
}

/// What a page holds, in reading order: boxes, and where structure elements open and close.
/// Boxes drawn outside any element (page numbers, borders, decorative pictures) are artifacts.
public enum PageItem: Hashable, Sendable {
    case begin(StructureElement)
    case end(StructureElement)
    case box(Box)
}

public struct Page: Hashable, Sendable {
    /// 1-based.
    public var number: Int
    public var size: Size
    public var items: [PageItem]

    public init(number: Int, size: Size, items: [PageItem]) {
        self.number = number
        self.size = size
        self.items = items
    }
}

/// A finished layout: pages, where each anchor landed, and what the layout had to report.
public struct PageLayoutResult: Sendable {
    public var pages: [Page]
    /// The page each heading anchor is on, for contents and checks.
    public var anchorPages: [String: Int]
    public var diagnostics: [Diagnostic]
    /// How many times the layout ran before the contents page numbers stopped changing.
    public var passes: Int

    public init(pages: [Page], anchorPages: [String: Int], diagnostics: [Diagnostic], passes: Int) {
        self.pages = pages
        self.anchorPages = anchorPages
        self.diagnostics = diagnostics
        self.passes = passes
    }
}
