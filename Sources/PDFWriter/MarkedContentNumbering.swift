/// Follows Cairo 1.16's numbering of marked content as the drawer opens and closes structure
/// elements, so the drawer can say which marked-content id an element's content got.
///
/// Cairo (cairo-pdf-interchange.c) draws each page twice, analysing it and then rendering it, and
/// marks content only for leaf elements: those with no child element as far as the analysis has
/// seen, which is to the end of the page being rendered. A leaf takes the page's next id when it
/// opens; ids start at 0 on every page; a leaf still open when a page ends is marked again at the
/// head of the next page, before anything else there. The post-pass checks every identity against
/// the file, so a difference from Cairo's numbering is an error, never a wrong description.
struct MarkedContentNumbering {
    private final class Node {
        let parent: Node?
        let watch: Int?
        var hasChild = false
        var first: ContentIdentity?

        init(parent: Node?, watch: Int?) {
            self.parent = parent
            self.watch = watch
        }
    }

    private var open: [Node] = []
    /// The elements opened on this page (and the one carried over from the last), in order: the
    /// ones still without a child at the page's end are its leaves.
    private var candidates: [Node] = []
    private var page = 0

    /// The first content of each watched element, by the number it was watched with.
    private(set) var identities: [Int: ContentIdentity] = [:]

    /// Opens a structure element; `watch` asks for its identity under that number.
    mutating func begin(watch: Int? = nil) {
        let node = Node(parent: open.last, watch: watch)
        open.last?.hasChild = true
        open.append(node)
        candidates.append(node)
    }

    mutating func end() {
        _ = open.popLast()
    }

    /// Called as each page is finished: numbers the page's leaves.
    mutating func endPage() {
        var mcid = 0
        for node in candidates where !node.hasChild {
            assign(ContentIdentity(page: page, mcid: mcid), to: node)
            mcid += 1
        }
        page += 1
        // Only the innermost open element can be without a child; if it stays so, Cairo marks it
        // first on the next page.
        candidates = open.last.map { $0.hasChild ? [] : [$0] } ?? []
    }

    /// A leaf's content is the first content of every element round it that has none yet.
    private mutating func assign(_ identity: ContentIdentity, to leaf: Node) {
        var node: Node? = leaf
        while let current = node, current.first == nil {
            current.first = identity
            if let watch = current.watch { identities[watch] = identity }
            node = current.parent
        }
    }
}
