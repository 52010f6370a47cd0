import PlainlyModel

/// The model's abbreviations (`Abbreviation.all`, the list the page layout uses too), packed for
/// the tokeniser's fast lookups: how they are said and whether a full stop after them can end a
/// sentence (`SentenceEnd`).
public struct Abbreviations: Sendable {
    public typealias Ending = Abbreviation.Ending

    public struct Entry: Sendable {
        public var written: String
        public var syllables: Int
        public var ending: Ending
        /// "vs" is an abbreviation even without its full stop.
        let isVersus: Bool
        /// "no" and "nos" are abbreviations only before a number: "No. 4", not "No. Thank you."
        let isNumberSign: Bool
        /// "Dr" rather than "e.g.". These are worked out once: the tokeniser asks about most short words.
        let isCapitalised: Bool

        init(written: String, syllables: Int, ending: Ending) {
            self.written = written
            self.syllables = syllables
            self.ending = ending
            isVersus = written == "vs"
            isNumberSign = written == "no" || written == "nos"
            isCapitalised = written.first?.isUppercase == true
        }
    }

    private var entries: [(bytes: [UInt8], entry: Entry)] = []
    /// Entries by their lowercase spelling packed into a number: the tokeniser asks about most short
    /// words ("of", "is", "Dr"), so a lookup must cost a few instructions and no allocation.
    private var byPacked = WordTable<Int>()
    private var longest = 0

    public init(_ list: [Abbreviation] = Abbreviation.all) {
        for abbreviation in list {
            let (written, syllables, ending) = (abbreviation.written, abbreviation.syllables, abbreviation.ending)
            let bytes = Array(written.utf8)
            // Every entry must fit a packed key; the list's longest is 6 bytes ("approx").
            guard let key = Self.packed(bytes) else { preconditionFailure("Readability: abbreviation '\(written)' is over 7 bytes") }
            let entry = Entry(written: written, syllables: syllables, ending: ending)
            // One entry a lowercase spelling: the first. Capitalised entries ("Dr") match only as
            // written; the others in any case ("e.g", "E.g").
            if byPacked[key] == nil { byPacked.set(entries.count, for: key) }
            entries.append((bytes, entry))
            longest = max(longest, bytes.count)
        }
    }

    /// Up to 7 bytes, lowercased, and their count in the top bits, in one number mixed so its bits
    /// spread (the multiplier is odd, so different words never share a key); nil for longer words.
    @inline(__always)
    static func packed(_ bytes: some Collection<UInt8>) -> UInt64? {
        guard bytes.count <= 7 else { return nil }
        var value: UInt64 = 0
        for byte in bytes { value = value << 8 | UInt64(byte >= 65 && byte <= 90 ? byte + 32 : byte) }
        return (value | UInt64(bytes.count) << 60) &* 0x9E37_79B9_7F4A_7C15
    }

    /// The entry for a word as written (without its final full stop).
    public func entry(for word: String) -> Entry? {
        var word = word
        return word.withUTF8 { entry(for: $0) }
    }

    /// The same for the word's UTF-8 bytes.
    package func entry(for word: UnsafeBufferPointer<UInt8>) -> Entry? {
        guard word.count <= longest, let key = Self.packed(word), let index = byPacked[key] else { return nil }
        let candidate = entries[index]
        // Capitalised entries match only as written; equal packed keys mean equal lowercase letters.
        guard !candidate.entry.isCapitalised || candidate.bytes.elementsEqual(word) else { return nil }
        return candidate.entry
    }
}
