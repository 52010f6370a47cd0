/// Counts the syllables of one word the way a reader says it.
///
/// In order: the CMU table; possessives (`James's` says one more); acronyms the table lacks, letter by
/// letter (`CQC` is three, `W` three); British spellings mapped to American; common suffixes and
/// prefixes on a word the table knows (`safeguardings`, `unreimbursed`); two known words run together;
/// then the letter rules. Hyphenated compounds are the sum of their parts. Not thread-safe: each
/// check owns one counter, which remembers the words it had to work out.
public final class SyllableCounter {
    public let table: SyllableTable
    /// The table's buffers, looked up without touching the table object (see `SyllableTable.Lookup`).
    private let lookup: SyllableTable.Lookup
    /// Counts found through the dictionary for words it lacks (variants, affixes, compounds), by the
    /// lowercase word; -1 when none was found. Kept apart from the letter rules' counts, which do not
    /// apply to every spelling of the letters: "bmp" is said by the rules, "BMP" letter by letter.
    /// Both are kept by a 64-bit hash of the word (see `WordSet` on why that is safe enough): a
    /// long text has thousands of words the dictionary lacks, and arrays as keys cost memory.
    private var derived = WordTable<Int>()
    private var ruled = WordTable<Int>()
    private var scratch: [UInt8] = []

    /// Counts of the words this counter saw last, as written: running text repeats a few thousand
    /// words, and a small cache of one's own stays in the processor's cache, where the shared memo,
    /// which another processor writes to, does not.
    private let recent: SyllableMemo
    /// Counts of words as written, shared with the other counters (see `SyllableMemo`): a word one
    /// worker had to work out is not worked out again by another.
    private let shared: SyllableMemo

    public convenience init(table: SyllableTable = .shipped) {
        // The shared memo holds the shipped table's counts; another table gets a memo of its own.
        self.init(table: table, shared: table === SyllableTable.shipped ? .shared : SyllableMemo(placeCount: 1 << 12))
    }

    init(table: SyllableTable, shared: SyllableMemo) {
        self.table = table
        lookup = table.lookup
        self.shared = shared
        recent = SyllableMemo(placeCount: 1 << 14)
        scratch.reserveCapacity(64)
    }

    /// Syllables of a word as written in running text (letters, apostrophes, hyphens; any case).
    package func count(_ word: UnsafeBufferPointer<UInt8>) -> Int { count(word, writtenHash: Self.hash(word)) }

    /// The same, given the word's `WordHash.ofBytes` (the tokeniser works it out as it reads the word).
    @inline(__always)
    func count(_ word: UnsafeBufferPointer<UInt8>, writtenHash hash: UInt64) -> Int {
        if let known = recent.count(forHash: hash) { return known }
        let count = shared.count(forHash: hash) ?? countAndShare(word, hash: hash)
        recent.remember(count, forHash: hash)
        return count
    }

    private func countAndShare(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        let count = countWord(word)
        shared.remember(count, forHash: hash)
        return count
    }

    private func countWord(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var total = 0
        var partStart = 0
        var sawPart = false
        for index in 0...word.count where index == word.count || word[index] == UInt8(ascii: "-") {
            if index > partStart {
                total += countPart(UnsafeBufferPointer(rebasing: word[partStart..<index]))
                sawPart = true
            }
            partStart = index + 1
        }
        return sawPart ? total : 0
    }

    public func count(_ word: String) -> Int {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { count($0) }
    }

    /// Only the dictionary, spelling variants and affixes: nil when the letter rules would be needed.
    public func dictionaryCount(_ word: String) -> Int? {
        let letters = Array(word.lowercased().utf8)
        return lookUp(letters)
    }

    private func countPart(_ part: UnsafeBufferPointer<UInt8>) -> Int {
        // Most words are plain ASCII the dictionary knows: lowercase them on the stack and look them up,
        // with no allocation and no access to mutable state.
        if part.count <= 48 {
            let found: Int? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buffer in
                var letters = 0, uppercase = 0
                for (index, byte) in part.enumerated() {
                    if byte >= 97 && byte <= 122 {
                        buffer[index] = byte
                        letters += 1
                    } else if byte >= 65 && byte <= 90 {
                        buffer[index] = byte + 32
                        letters += 1
                        uppercase += 1
                    } else if byte == 39 {
                        buffer[index] = byte
                    } else {
                        return nil
                    }
                }
                // "GPs" must be said as an acronym, not looked up as "gps".
                if letters >= 3 && uppercase == letters - 1 && part[part.count - 1] == UInt8(ascii: "s") { return nil }
                return lookup.syllables(of: UnsafeBufferPointer(rebasing: buffer[0..<part.count]))
            }
            if let found { return found }
        }
        // Words worked out once are remembered by a hash of their bytes as written.
        let key = Self.hash(part)
        if let remembered = unusual[key] { return remembered }
        let result = countUnusualPart(part)
        unusual.set(result, for: key)
        return result
    }

    private var unusual = WordTable<Int>()

    @inline(__always)
    static func hash(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBufferPointer { hash($0) } }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { WordHash.ofBytes(bytes) }

    private func countUnusualPart(_ part: UnsafeBufferPointer<UInt8>) -> Int {
        // Lowercase ASCII letters and apostrophes; accented Latin letters folded to their base letter.
        scratch.removeAll(keepingCapacity: true)
        var uppercase = 0
        var letters = 0
        var index = 0
        while index < part.count {
            let byte = part[index]
            if byte >= 65 && byte <= 90 {
                scratch.append(byte + 32)
                uppercase += 1
                letters += 1
            } else if byte >= 97 && byte <= 122 {
                scratch.append(byte)
                letters += 1
            } else if byte == 39 {
                scratch.append(39)
            } else if byte == 0xE2 && index + 2 < part.count && part[index + 1] == 0x80 && part[index + 2] == 0x99 {
                scratch.append(39)  // ’
                index += 2
            } else if byte == 0xC3 && index + 1 < part.count {
                if let folded = Self.foldLatin1(part[index + 1]) {
                    scratch.append(folded)
                    letters += 1
                }
                index += 1
            } else if byte >= 48 && byte <= 57 {
                // Digits inside a word ("COVID19", "B12"): each said as a number.
                var end = index
                while end < part.count && part[end] >= 48 && part[end] <= 57 { end += 1 }
                let digits = NumberSyllables.digits(part[index..<end], allowYear: false)
                index = end
                return digits + (scratch.isEmpty ? 0 : countPart(wordOf: scratch, uppercase: uppercase, letters: letters))
                    + (end < part.count ? count(UnsafeBufferPointer(rebasing: part[end...])) : 0)
            }
            index += 1
        }
        return countPart(wordOf: scratch, uppercase: uppercase, letters: letters)
    }

    private func countPart(wordOf word: [UInt8], uppercase: Int, letters: Int) -> Int {
        guard letters > 0 else { return 0 }
        let isAcronym = letters >= 2 && uppercase == letters
        let isPluralAcronym = letters >= 3 && uppercase == letters - 1 && word.last == UInt8(ascii: "s")
        if isPluralAcronym {
            // "GPs", "CDs": the acronym said as usual, the plural adding no syllable.
            let base = Array(word.dropLast())
            return tableCount(base) ?? Self.spelledOut(base)
        }
        if let known = lookUp(word) { return known }
        if isAcronym { return Self.spelledOut(word) }
        if letters == 1 { return Self.spelledOut(word) }
        let key = Self.hash(word)
        if let remembered = ruled[key] { return remembered }
        let letterOnly = word.filter { $0 != 39 }
        let result = letterOnly.withUnsafeBufferPointer { SyllableRules.count($0) }
        ruled.set(result, for: key)
        return result
    }

    /// The table, then possessives, spelling variants, affixes and compounds; nil if none applies.
    func lookUp(_ word: [UInt8]) -> Int? {
        if let found = tableCount(word) { return found }
        let key = Self.hash(word)
        if let remembered = derived[key] { return remembered < 0 ? nil : remembered }
        let result = derivedCount(word)
        derived.set(result ?? -1, for: key)
        return result
    }

    private func tableCount(_ word: [UInt8]) -> Int? {
        word.withUnsafeBufferPointer { lookup.syllables(of: $0) }
    }

    private func derivedCount(_ word: [UInt8]) -> Int? {
        let apostrophe: UInt8 = 39
        if word.count > 2 && word[word.count - 2] == apostrophe && word[word.count - 1] == UInt8(ascii: "s") {
            let base = Array(word.dropLast(2))
            guard let count = lookUp(base) else { return nil }
            return count + (Self.endsWithSibilant(base) ? 1 : 0)
        }
        if word.last == apostrophe { return lookUp(Array(word.dropLast())) }
        if word.contains(apostrophe) { return lookUp(word.filter { $0 != apostrophe }) }
        for candidate in SpellingVariants.candidates(for: word) {
            if let found = tableCount(candidate) { return found }
        }
        if let found = affixCount(word) { return found }
        return compoundCount(word)
    }

    /// Suffixes and the syllables they add, most specific first; `e` restores a dropped silent e.
    private static let suffixes: [(ending: [UInt8], adds: Int, restoreE: Bool)] = ([
        ("nesses", 2, false), ("ness", 1, false), ("ments", 1, false), ("ment", 1, false), ("fully", 2, false),
        ("ful", 1, false), ("lessly", 2, false), ("less", 1, false), ("ings", 1, false), ("ing", 1, false),
        ("ing", 1, true), ("ers", 1, false), ("er", 1, false), ("ly", 1, false), ("ed", 0, false), ("d", 0, false),
        ("es", 0, false), ("s", 0, false), ("able", 2, false), ("able", 2, true), ("ism", 2, false),
        ("ist", 1, false), ("ists", 1, false), ("ship", 1, false), ("ships", 1, false), ("hood", 1, false),
    ] as [(String, Int, Bool)]).map { (Array($0.0.utf8), $0.1, $0.2) }
    private static let prefixes: [(start: [UInt8], adds: Int)] = ([
        ("un", 1), ("re", 1), ("pre", 1), ("non", 1), ("dis", 1), ("mis", 1), ("over", 2), ("under", 2),
        ("out", 1), ("sub", 1), ("co", 1), ("anti", 2), ("multi", 2), ("inter", 2), ("super", 2), ("post", 1),
    ] as [(String, Int)]).map { (Array($0.0.utf8), $0.1) }

    private func affixCount(_ word: [UInt8]) -> Int? {
        for suffix in Self.suffixes {
            let tail = suffix.ending
            guard word.count >= tail.count + 3, word.suffix(tail.count).elementsEqual(tail) else { continue }
            var base = Array(word.dropLast(tail.count))
            if suffix.restoreE { base.append(UInt8(ascii: "e")) }
            guard let found = tableCount(base) else { continue }
            var adds = suffix.adds
            if tail == Self.ed || tail == Self.d {
                adds = (base.last == UInt8(ascii: "t") || base.last == UInt8(ascii: "d")) ? 1 : 0
                if tail == Self.d && base.last != UInt8(ascii: "e") { continue }
            }
            if tail == Self.es { adds = Self.endsWithSibilant(base) ? 1 : 0 }
            return found + adds
        }
        for prefix in Self.prefixes {
            let head = prefix.start
            guard word.count >= head.count + 4, word.prefix(head.count).elementsEqual(head) else { continue }
            let rest = Array(word.dropFirst(head.count))
            if let found = tableCount(rest) ?? affixCount(rest) { return found + prefix.adds }
        }
        return nil
    }

    private static let ed = Array("ed".utf8), d = Array("d".utf8), es = Array("es".utf8)

    private func compoundCount(_ word: [UInt8]) -> Int? {
        guard word.count >= 7 else { return nil }
        return word.withUnsafeBufferPointer { letters in
            for split in stride(from: letters.count - 3, through: 3, by: -1) {
                if let second = lookup.syllables(of: UnsafeBufferPointer(rebasing: letters[split...])),
                   let first = lookup.syllables(of: UnsafeBufferPointer(rebasing: letters[..<split]))
                {
                    return first + second
                }
            }
            return nil
        }
    }

    /// Ends in s, x, z, ch, sh, ce, ge, se or ze: a plural or possessive of it adds a syllable.
    static func endsWithSibilant(_ word: [UInt8]) -> Bool {
        guard let last = word.last else { return false }
        if last == UInt8(ascii: "s") || last == UInt8(ascii: "x") || last == UInt8(ascii: "z") { return true }
        guard word.count >= 2 else { return false }
        let before = word[word.count - 2]
        if last == UInt8(ascii: "h") { return before == UInt8(ascii: "c") || before == UInt8(ascii: "s") }
        guard last == UInt8(ascii: "e") else { return false }
        return before == UInt8(ascii: "c") || before == UInt8(ascii: "g") || before == UInt8(ascii: "s") || before == UInt8(ascii: "z")
    }

    /// Letter by letter: every letter is one syllable except W ("double-you").
    static func spelledOut(_ letters: some Collection<UInt8>) -> Int {
        letters.reduce(0) { total, byte in
            byte == 39 ? total : total + (byte == UInt8(ascii: "w") ? 3 : 1)
        }
    }

    /// à…å → a, ç → c, è…ë → e, ì…ï → i, ñ → n, ò…ö → o, ù…ü → u (the second byte after C3, either case).
    static func foldLatin1(_ second: UInt8) -> UInt8? {
        let low = second | 0x20
        switch low {
        case 0xA0...0xA5: return UInt8(ascii: "a")
        case 0xA7: return UInt8(ascii: "c")
        case 0xA8...0xAB: return UInt8(ascii: "e")
        case 0xAC...0xAF: return UInt8(ascii: "i")
        case 0xB1: return UInt8(ascii: "n")
        case 0xB2...0xB6: return UInt8(ascii: "o")
        case 0xB9...0xBC: return UInt8(ascii: "u")
        default: return nil
        }
    }
}
