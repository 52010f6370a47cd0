/// An abbreviation a full stop may follow: how it is said and whether the stop can end a sentence.
public struct Abbreviation: Sendable, Hashable {
    public enum Ending: String, Sendable {
        /// Always followed by something: "Dr Patel", "e.g. a walk", "No. 4".
        case never
        /// Ends a sentence only before a capital letter: "… forms, etc. Then …".
        case capital
    }

    /// Without its final full stop: "Dr", "e.g". Case matters for titles (Dr, Mr); lowercase
    /// entries match any case.
    public var written: String
    /// Syllables as said aloud ("Doctor": 2).
    public var syllables: Int
    public var ending: Ending

    public init(_ written: String, syllables: Int, ending: Ending) {
        self.written = written
        self.syllables = syllables
        self.ending = ending
    }

    /// The entry for a word as written (without its final full stop), as the tokeniser matches it.
    public static func named(_ word: String) -> Abbreviation? {
        if let exact = byWritten[word], exact.written.first?.isUppercase == true { return exact }
        guard let entry = byWritten[word.lowercased()], entry.written.first?.isUppercase != true else { return nil }
        return entry
    }

    private static let byWritten: [String: Abbreviation] = {
        var table: [String: Abbreviation] = [:]
        for entry in all where table[entry.written] == nil { table[entry.written] = entry }
        return table
    }()

    /// Every abbreviation Plainly knows.
    public static let all: [Abbreviation] = [
        .init("Dr", syllables: 2, ending: .never),
        .init("Mr", syllables: 2, ending: .never),
        .init("Mrs", syllables: 2, ending: .never),
        .init("Ms", syllables: 1, ending: .never),
        .init("Mx", syllables: 1, ending: .never),
        .init("St", syllables: 1, ending: .never),
        .init("Prof", syllables: 1, ending: .never),
        .init("Rev", syllables: 3, ending: .never),
        .init("Cllr", syllables: 3, ending: .never),
        .init("Sr", syllables: 2, ending: .never),
        .init("Jr", syllables: 2, ending: .never),
        .init("e.g", syllables: 2, ending: .never),
        .init("i.e", syllables: 2, ending: .never),
        .init("approx", syllables: 5, ending: .never),
        .init("vs", syllables: 2, ending: .never),
        .init("cf", syllables: 2, ending: .never),
        .init("fig", syllables: 2, ending: .never),
        .init("no", syllables: 2, ending: .never),
        .init("nos", syllables: 2, ending: .never),
        .init("tel", syllables: 3, ending: .never),
        .init("ref", syllables: 2, ending: .never),
        .init("etc", syllables: 4, ending: .capital),
        .init("a.m", syllables: 2, ending: .capital),
        .init("p.m", syllables: 2, ending: .capital),
        .init("ltd", syllables: 2, ending: .capital),
        .init("inc", syllables: 3, ending: .capital),
        .init("dept", syllables: 3, ending: .capital),
        .init("govt", syllables: 3, ending: .capital),
        .init("jan", syllables: 1, ending: .capital),
        .init("feb", syllables: 1, ending: .capital),
        .init("aug", syllables: 1, ending: .capital),
        .init("sept", syllables: 1, ending: .capital),
        .init("oct", syllables: 1, ending: .capital),
        .init("nov", syllables: 1, ending: .capital),
        .init("dec", syllables: 1, ending: .capital),
    ]
}
