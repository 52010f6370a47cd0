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
        /// A name from code or a file (`ffi_prep_closure_loc`, `os.path.join`, `node.js`): one word of
        /// one syllable with no letters, as an address is, not four words of hard syllables.
        case identifier
    }

    // Stored in small fields: a long text has hundreds of thousands of words, each kept until its
    // unit has been checked, so a word takes 32 bytes rather than 64. Offsets are into one unit's
    // text; counts would saturate only past four billion.
    private var start: UInt32
    private var length: UInt32
    /// The word as the word lists spell it (`WordHash`), worked out once by the tokeniser.
    public var hash: UInt64
    private var storedSyllables: UInt32
    private var storedLetters: UInt32
    private var storedCharacters: UInt32
    public var kind: Kind
    public var isCapitalised: Bool

    /// UTF-8 offsets into the unit's text.
    public var range: Range<Int> {
        get { Int(start)..<(Int(start) + Int(length)) }
        set {
            start = UInt32(clamping: newValue.lowerBound)
            length = UInt32(clamping: newValue.count)
        }
    }

    public var syllables: Int {
        get { Int(storedSyllables) }
        set { storedSyllables = UInt32(clamping: newValue) }
    }

    /// Letters only (Coleman-Liau counts letters).
    public var letters: Int {
        get { Int(storedLetters) }
        set { storedLetters = UInt32(clamping: newValue) }
    }

    /// Letters and digits (the Automated Readability Index counts characters).
    public var characters: Int {
        get { Int(storedCharacters) }
        set { storedCharacters = UInt32(clamping: newValue) }
    }

    @inline(__always)
    public init(
        range: Range<Int>, kind: Kind, syllables: Int, letters: Int, characters: Int, isCapitalised: Bool, hash: UInt64
    ) {
        start = UInt32(clamping: range.lowerBound)
        length = UInt32(clamping: range.count)
        self.kind = kind
        storedSyllables = UInt32(clamping: syllables)
        storedLetters = UInt32(clamping: letters)
        storedCharacters = UInt32(clamping: characters)
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
