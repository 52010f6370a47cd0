/// Writes HTML from a fixed set of elements and attributes, escaping every value on the way in.
///
/// There is no way to write a raw string through it: text and attribute values are always escaped,
/// a link or picture address must already be a checked `LinkTarget` or an asset the writer made,
/// and there is no `script` element, no event-handler attribute and no `style` attribute. Block
/// elements start on a new, indented line so that golden files read like hand-written HTML.
struct HTMLBuilder {
    private(set) var html = ""
    private var depth = 0
    /// One entry per open element: whether it has had a block child (its end tag then goes on its own line).
    private var openElements: [(tag: Tag, hasBlockChild: Bool)] = []

    init(reservingCapacity capacity: Int = 0) {
        html.reserveCapacity(capacity)
    }

    mutating func doctype() {
        html += "<!DOCTYPE html>\n"
    }

    mutating func open(_ tag: Tag, _ attributes: [Attribute] = []) {
        precondition(!tag.isVoid, "\(tag) has no end tag; use void(_:_:)")
        startTag(tag, attributes)
        openElements.append((tag, false))
        if tag.isBlock { depth += 1 }
    }

    mutating func close(_ tag: Tag) {
        guard let last = openElements.popLast() else { preconditionFailure("closing \(tag) with nothing open") }
        precondition(last.tag == tag, "closing \(tag) while \(last.tag) is open")
        if tag.isBlock { depth -= 1 }
        if last.hasBlockChild { newLine() }
        html += "</"
        html += tag.rawValue
        html += ">"
    }

    /// An element with content written by `body`.
    mutating func element(_ tag: Tag, _ attributes: [Attribute] = [], _ body: (inout HTMLBuilder) -> Void) {
        open(tag, attributes)
        body(&self)
        close(tag)
    }

    /// An element holding only text.
    mutating func element(_ tag: Tag, _ attributes: [Attribute] = [], text: String) {
        open(tag, attributes)
        self.text(text)
        close(tag)
    }

    mutating func void(_ tag: Tag, _ attributes: [Attribute] = []) {
        precondition(tag.isVoid, "\(tag) needs an end tag")
        startTag(tag, attributes)
    }

    mutating func text(_ string: String) {
        HTMLEscaping.appendText(string, to: &html)
    }

    /// The page's own stylesheet, which Plainly writes itself: never author text.
    mutating func styleSheet(_ css: Stylesheet) {
        precondition(!css.text.contains("</"), "a stylesheet must not contain an end tag")
        open(.style)
        html += "\n"
        html += css.text
        close(.style)
    }

    /// Ends the document with a newline, as text files do.
    mutating func finish() -> String {
        precondition(openElements.isEmpty, "unclosed elements: \(openElements.map(\.tag))")
        html += "\n"
        return html
    }

    private mutating func startTag(_ tag: Tag, _ attributes: [Attribute]) {
        if tag.isBlock {
            if !openElements.isEmpty { openElements[openElements.count - 1].hasBlockChild = true }
            newLine()
        }
        html += "<"
        html += tag.rawValue
        for attribute in attributes {
            html += " "
            html += attribute.name.rawValue
            if let value = attribute.value {
                html += "=\""
                HTMLEscaping.appendAttribute(value, to: &html)
                html += "\""
            }
        }
        html += ">"
    }

    private mutating func newLine() {
        if !html.isEmpty && !html.hasSuffix("\n") { html += "\n" }
        for _ in 0..<depth { html += "  " }
    }
}

/// The elements the writer uses. Block elements start on a line of their own in the output.
enum Tag: String, Sendable {
    case html, head, meta, title, link, style, body
    case header, nav, main, footer, article, section, aside, div, address
    case h1, h2, h3, h4, h5, h6, p
    case ul, ol, li, dl, dt, dd
    case table, caption, thead, tbody, tr, th, td
    case a, strong, em, br, wbr, img, dfn, time, span

    var isVoid: Bool {
        switch self {
        case .meta, .link, .br, .wbr, .img: true
        default: false
        }
    }

    var isBlock: Bool {
        switch self {
        case .a, .strong, .em, .br, .wbr, .img, .dfn, .time, .span: false
        default: true
        }
    }

    static func heading(_ level: Int) -> Tag {
        switch level {
        case ...1: .h1
        case 2: .h2
        case 3: .h3
        case 4: .h4
        case 5: .h5
        default: .h6
        }
    }
}

/// An attribute the writer may set. Addresses come only from checked values.
struct Attribute: Sendable {
    enum Name: String, Sendable {
        case id, `class`, lang, href, src, alt, charset, name, content, rel, start, scope, role
        case tabindex, datetime
        case ariaLabel = "aria-label"
        case ariaLabelledby = "aria-labelledby"
        case ariaDescribedby = "aria-describedby"
        case httpEquiv = "http-equiv"
    }

    let name: Name
    /// nil writes a boolean attribute with no value.
    let value: String?

    private init(_ name: Name, _ value: String?) {
        self.name = name
        self.value = value
    }

    static func id(_ value: String) -> Attribute { Attribute(.id, value) }
    static func classes(_ value: String) -> Attribute { Attribute(.class, value) }
    static func lang(_ value: String) -> Attribute { Attribute(.lang, value) }
    static func alt(_ value: String) -> Attribute { Attribute(.alt, value) }
    static func charset(_ value: String) -> Attribute { Attribute(.charset, value) }
    static func name(_ value: String) -> Attribute { Attribute(.name, value) }
    static func content(_ value: String) -> Attribute { Attribute(.content, value) }
    static func rel(_ value: String) -> Attribute { Attribute(.rel, value) }
    static func start(_ value: Int) -> Attribute { Attribute(.start, String(value)) }
    static func scope(_ value: String) -> Attribute { Attribute(.scope, value) }
    static func role(_ value: String) -> Attribute { Attribute(.role, value) }
    static func tabindex(_ value: Int) -> Attribute { Attribute(.tabindex, String(value)) }
    static func datetime(_ value: String) -> Attribute { Attribute(.datetime, value) }
    static func ariaLabel(_ value: String) -> Attribute { Attribute(.ariaLabel, value) }
    static func ariaLabelledby(_ id: String) -> Attribute { Attribute(.ariaLabelledby, id) }
    static func ariaDescribedby(_ id: String) -> Attribute { Attribute(.ariaDescribedby, id) }
    static func httpEquiv(_ value: String) -> Attribute { Attribute(.httpEquiv, value) }

    /// A link: only a checked target can become an `href`.
    static func href(_ target: LinkTarget) -> Attribute { Attribute(.href, target.href) }

    /// A picture, font or stylesheet the writer placed itself (`assets/…` or a `data:` URL).
    static func src(_ asset: AssetURL) -> Attribute { Attribute(.src, asset.value) }
    static func href(_ asset: AssetURL) -> Attribute { Attribute(.href, asset.value) }
}
