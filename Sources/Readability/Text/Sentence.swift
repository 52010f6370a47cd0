/// A word as counted: its place in the unit's text, what sort of word it is, and its counts.
public struct Word: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// Letters, with apostrophes and hyphens inside ("don't", "well-being").
        case word
        /// Two or more capital letters ("NHS", "GPs"), said letter by letter unless the dictionary says otherwise.
        case acronym
        /// Digits with their currency, separators and ending ("£4.50", "1,200", "10:30", "3rd", "45%").
        case number
        /// A known abbreviation ("Dr", "e.g.", "etc."), counted as it is said.
        case abbreviation
        /// A web or email address: one word of one syllable, no letters, because readers recognise it.
        case address
    }

    /// UTF-8 offsets into the unit's text.
    public var range: Range<Int>
    public var kind: Kind
    public var syllables: Int
    /// Letters only (Coleman-Liau counts letters).
    public var letters: Int
    /// Letters and digits (the Automated Readability Index counts characters).
    public var characters: Int
    public var isCapitalised: Bool
    /// The word as the word lists spell it (`WordHash`), worked out once by the tokeniser.
    public var hash: UInt64

    public init(
        range: Range<Int>, kind: Kind, syllables: Int, letters: Int, characters: Int, isCapitalised: Bool, hash: UInt64
    ) {
        self.range = range
        self.kind = kind
        self.syllables = syllables
        self.letters = letters
        self.characters = characters
        self.isCapitalised = isCapitalised
        self.hash = hash
    }
}

public struct Sentence: Hashable, Sendable {
    /// UTF-8 offsets into the unit's text, from the first word to the closing punctuation.
    public var range: Range<Int>
    public var words: [Word]

    public init(range: Range<Int>, words: [Word]) {
        self.range = range
        self.words = words
    }
}
