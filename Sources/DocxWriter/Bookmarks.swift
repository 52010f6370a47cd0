import PlainlyModel

/// Word bookmark names for the document's anchors, so contents entries and `#…` links jump to
/// their heading.
///
/// Word allows only letters, digits and underscores, starting with a letter, and at most 40
/// characters (a longer name makes Word drop the bookmark); a name starting with `_` is hidden.
/// Names are handed out in the order anchors are first met, so the same document gives the same names.
struct Bookmarks {
    /// Word's own limit on a bookmark name's length.
    static let maximumNameLength = 40

    private var names: [String: String] = [:]
    private var used: Set<String> = []
    /// Bookmark ids are numbers, unique in the document.
    private(set) var nextID = 0

    mutating func name(for anchor: String) -> String {
        name(for: anchor, prefix: WordMarks.headingBookmarkPrefix)
    }

    /// A part title's bookmark, which says it is one (`WordMarks.partBookmarkPrefix`); asked for
    /// before any link names the part, so links and contents use the same name.
    mutating func name(forPart anchor: String) -> String {
        name(for: anchor, prefix: WordMarks.partBookmarkPrefix)
    }

    private mutating func name(for anchor: String, prefix: String) -> String {
        if let known = names[anchor] { return known }
        var base = prefix + String(anchor.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) ? Character(scalar) : "_"
        })
        base = String(base.prefix(Self.maximumNameLength - 4))
        var candidate = base
        var number = 2
        while used.contains(candidate) {
            candidate = "\(base)_\(number)"
            number += 1
        }
        names[anchor] = candidate
        used.insert(candidate)
        return candidate
    }

    /// A fresh id for a bookmark's start and end.
    mutating func takeID() -> Int {
        defer { nextID += 1 }
        return nextID
    }
}
