/// A piece of a document written by some of the group: a chapter of a guide, an article of a
/// newsletter. A single-file document is one part with no title of its own.
public struct Part: Hashable, Sendable {
    public var title: String?
    /// A stable, unique id for links and bookmarks (`what-is-an-expert-by-experience`).
    public var anchor: String
    /// The people who wrote this part: naming them is how co-production works.
    public var by: [String]
    public var status: PartStatus
    public var blocks: [Block]
    public var location: SourceLocation
    /// The writers' notes (`<!-- … -->`) in its source, in order: never shown, read by the checker
    /// for its switches.
    public var notes: [WriterNote]

    public init(
        title: String? = nil, anchor: String = "", by: [String] = [], status: PartStatus = .agreed,
        blocks: [Block], location: SourceLocation = .generated, notes: [WriterNote] = []
    ) {
        self.title = title
        self.anchor = anchor
        self.by = by
        self.status = status
        self.blocks = blocks
        self.location = location
        self.notes = notes
    }

    /// Part titles sit one level below the document title.
    public static let titleLevel = 2
}
