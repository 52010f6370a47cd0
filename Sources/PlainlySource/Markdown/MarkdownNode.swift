/// A Markdown syntax tree in plain Swift values, as cmark-gfm parsed it.
///
/// `CmarkParser` builds it and frees cmark's C tree before returning, so no C pointer reaches the
/// rest of the reader. Lines are those of the Markdown text given to the parser (1-based);
/// columns are 1-based byte offsets, as cmark reports them.
struct MarkdownNode: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case document
        case paragraph
        case heading(level: Int)
        case blockQuote
        case list(isNumbered: Bool, start: Int)
        case item
        case codeBlock(literal: String)
        case htmlBlock(literal: String)
        case thematicBreak
        case table
        case tableRow(isHeader: Bool)
        case tableCell
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case htmlInline(String)
        case emphasis
        case strong
        case strikethrough
        case link(destination: String, title: String)
        case image(destination: String, title: String)
        /// A node this reader does not model (footnotes, custom blocks); kept so it can be reported.
        case other(String)
    }

    var kind: Kind
    var line: Int
    var column: Int
    var children: [MarkdownNode]

    init(_ kind: Kind, line: Int, column: Int, children: [MarkdownNode] = []) {
        self.kind = kind
        self.line = line
        self.column = column
        self.children = children
    }
}
