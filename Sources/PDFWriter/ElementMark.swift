/// Where one structure element's content is in the PDF: the page (0-based) and the marked-content
/// id Cairo gave the element's first piece of content there. Unique in a file, so the post-pass
/// finds exactly the element the drawer meant.
struct ContentIdentity: Hashable, Sendable {
    var page: Int
    var mcid: Int
}

/// An element the post-pass finishes, recorded as it is drawn: what to add, and where.
struct ElementMark: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// A Figure, and the words a screen reader says for it (/Alt).
        case figure(alternateText: String)
        /// A header cell of a table's header row (/Scope /Column).
        case tableHeader
    }

    var kind: Kind
    var identity: ContentIdentity
}
