/// Everything the formulas need, counted once (see `Readability.docc/Counting.md` for what counts).
public struct TextCounts: Hashable, Sendable, Codable {
    public var sentences = 0
    public var words = 0
    public var syllables = 0
    /// Words of three or more syllables (SMOG; numbers as said aloud count too).
    public var polysyllables = 0
    /// Gunning's "hard words": polysyllables less capitalised names, hyphenated compounds, numbers and
    /// words that reach three syllables only through -ed, -es or -ing.
    public var complexWords = 0
    /// Letters in words (Coleman-Liau).
    public var letters = 0
    /// Letters and digits in words (Automated Readability Index).
    public var characters = 0
    /// Polysyllables in each sentence, in order, for SMOG's 30-sentence sample.
    public var polysyllablesBySentence: [Int] = []

    public init() {}

    public init(sentences: Int, words: Int, syllables: Int, polysyllables: Int = 0, complexWords: Int = 0,
                letters: Int = 0, characters: Int = 0, polysyllablesBySentence: [Int] = []) {
        self.sentences = sentences
        self.words = words
        self.syllables = syllables
        self.polysyllables = polysyllables
        self.complexWords = complexWords
        self.letters = letters
        self.characters = characters
        self.polysyllablesBySentence = polysyllablesBySentence
    }

    public mutating func add(_ other: TextCounts) {
        sentences += other.sentences
        words += other.words
        syllables += other.syllables
        polysyllables += other.polysyllables
        complexWords += other.complexWords
        letters += other.letters
        characters += other.characters
        polysyllablesBySentence += other.polysyllablesBySentence
    }

    /// Adds one sentence's words.
    package mutating func add(_ sentence: Sentence, text: UnsafeBufferPointer<UInt8>) {
        sentences += 1
        var poly = 0
        for (position, word) in sentence.words.enumerated() {
            words += 1
            syllables += word.syllables
            letters += word.letters
            characters += word.characters
            guard word.syllables >= 3, word.kind != .address, word.kind != .identifier else { continue }
            poly += 1
            if Self.isComplex(word, first: position == 0, text: text) { complexWords += 1 }
        }
        polysyllables += poly
        polysyllablesBySentence.append(poly)
    }

    static func isComplex(_ word: Word, first: Bool, text: UnsafeBufferPointer<UInt8>) -> Bool {
        if word.kind == .number || word.kind == .acronym || word.kind == .abbreviation { return false }
        if word.isCapitalised && !first { return false }
        let range = word.range
        var index = range.lowerBound
        while index < range.upperBound {
            if text[index] == 0x2D { return false }  // a hyphenated compound
            index += 1
        }
        if word.syllables == 3 && range.count > 4 {
            func lower(_ offset: Int) -> UInt8 { text[range.upperBound - offset] | 0x20 }
            let ed = lower(2) == 0x65 && lower(1) == 0x64
            let es = lower(2) == 0x65 && lower(1) == 0x73
            let ing = lower(3) == 0x69 && lower(2) == 0x6E && lower(1) == 0x67
            if ed || es || ing { return false }
        }
        return true
    }

    /// Enough text for the formulas to mean something: Plainly's own floor, not a published one.
    public static let minimumWords = 30

    public var isEnoughToScore: Bool { words >= Self.minimumWords && sentences >= 1 }
}
