/// Hands out the page's `id`s so that none is used twice, which would break links and fail the
/// HTML checker.
///
/// Author anchors (part and heading ids) are reserved first, so the ids the writer makes for itself
/// ("hard-words", "callout-1") step around them; an anchor used twice keeps its first place and the
/// repeat gets a new id.
struct IDRegistry {
    private var reserved: Set<String> = []
    private(set) var used: Set<String> = []

    /// Reserves the anchors the author's content will claim later.
    mutating func reserve(_ anchors: some Sequence<String>) {
        for anchor in anchors { reserved.insert(Self.clean(anchor)) }
    }

    /// The id for an author anchor, and whether it had to change because it was already taken.
    mutating func claimAnchor(_ anchor: String) -> (id: String, renamed: Bool) {
        let id = Self.clean(anchor)
        if !used.contains(id) {
            used.insert(id)
            return (id, false)
        }
        return (claimGenerated(id), true)
    }

    /// An id for something the writer adds, based on `base` and clear of every author anchor.
    mutating func claimGenerated(_ base: String) -> String {
        let base = Self.clean(base)
        var id = base
        var counter = 2
        while used.contains(id) || reserved.contains(id) {
            id = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(id)
        return id
    }

    func isUsed(_ id: String) -> Bool { used.contains(id) }

    /// HTML ids may hold anything but whitespace and must not be empty.
    static func clean(_ anchor: String) -> String {
        // Most anchors are ASCII with no white space, and stay as they are.
        if !anchor.isEmpty, anchor.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x20 && !(0x09...0x0D).contains($0) }) { return anchor }
        let cleaned = String(anchor.map { $0.isWhitespace ? "-" : $0 })
        return cleaned.isEmpty ? "section" : cleaned
    }
}
