import PlainlyModel

/// Splits a unit's text into sentences and words in one pass over its UTF-8 bytes.
///
/// What does not end a sentence: a full stop inside a number, time, date or amount (`4.50`, `10.30`,
/// `23.11.2026`, `£4.50`), in a web or email address, after an abbreviation that always comes before
/// something (`Dr`, `e.g.`, `No. 4`), after an initial (`J. Smith`), or before a lower-case word; an
/// ellipsis unless a capital follows; `?` or `!` inside quotation marks before a lower-case word
/// ("'Ready?' she asked"). A number and full stop at the start of a sentence is a list number, not a
/// word. The rules are written out with examples in `Readability.docc/Counting.md` and tested in
/// `SentenceSplittingTests`.
public final class Tokeniser {
    public let counter: SyllableCounter
    public let abbreviations: Abbreviations

    public init(counter: SyllableCounter = SyllableCounter(), abbreviations: Abbreviations = WordLists.shipped.abbreviations) {
        self.counter = counter
        self.abbreviations = abbreviations
    }

    /// A String is always UTF-8, so this is the safe entry for any caller.
    public func sentences(in text: String) -> [Sentence] {
        var text = text
        return text.withUTF8 { sentences(in: $0) }
    }

    /// The same over UTF-8 bytes, for the checker's own callers, which hold each unit's bytes already.
    /// Bytes that are not UTF-8 are read without reading past the buffer (a lead byte that claims more
    /// bytes than are left takes only those left), but what they count as is unspecified.
    package func sentences(in text: UnsafeBufferPointer<UInt8>) -> [Sentence] {
        var scanner = Scanner(text: text, tokeniser: self, scratch: scratch.take() ?? WordScratch())
        let sentences = scanner.run()
        scratch = .some(scanner.words)  // it may have grown
        return sentences
    }

    /// The scanner's scratch space for a sentence's words, handed from one unit to the next so it
    /// is allocated once per tokeniser rather than once per unit. Not copyable: it is moved into the
    /// scanner and back, and frees its buffer when it goes.
    private var scratch: WordScratch? = WordScratch()

    fileprivate struct Scanner: ~Copyable {
        let text: UnsafeBufferPointer<UInt8>
        // Held here rather than reached through the tokeniser: reading a class's property copies it,
        // and this is done for most words.
        let counter: SyllableCounter
        let abbreviations: Abbreviations
        var sentences: [Sentence] = []
        var words: WordScratch
        var sentenceStart = 0
        var index = 0

        init(text: UnsafeBufferPointer<UInt8>, tokeniser: Tokeniser, scratch: consuming WordScratch) {
            self.text = text
            counter = tokeniser.counter
            abbreviations = tokeniser.abbreviations
            words = scratch
            words.removeAll()
        }

        mutating func run() -> [Sentence] {
            while index < text.count {
                let byte = text[index]
                // Spaces are most of what is between words: stepped over before any other test.
                if byte == 0x20 || byte == 0x0A {
                    index += 1
                    continue
                }
                if byte == 0x2E || byte == 0x21 || byte == 0x3F {  // . ! ?
                    terminator()
                } else if byte == 0xE2 && at(index + 1) == 0x80 && at(index + 2) == 0xA6 {  // …
                    index += 3
                    ellipsis()
                } else if startsWord(index) {
                    word()
                } else {
                    skipCharacter()
                }
            }
            close(at: text.count)
            return sentences
        }

        // MARK: Sentences

        mutating func close(at end: Int) {
            if !words.isEmpty {
                // Opening quotation marks and brackets just before the first word belong to the sentence.
                var start = words[0].range.lowerBound
                let floor = sentences.last?.range.upperBound ?? 0
                while start > floor {
                    if [0x22, 0x27, 0x28, 0x5B].contains(text[start - 1]) {
                        start -= 1
                    } else if start - 3 >= floor, text[start - 3] == 0xE2, text[start - 2] == 0x80,
                        text[start - 1] == 0x98 || text[start - 1] == 0x9C
                    {
                        start -= 3
                    } else {
                        break
                    }
                }
                // `words` is scratch space kept for the whole unit; each sentence gets an array of
                // exactly its words, made in one allocation rather than grown a doubling at a time.
                sentences.append(Sentence(range: start..<max(end, words[0].range.upperBound), words: words.copied()))
                words.removeAll()
            }
        }

        mutating func terminator() {
            let first = text[index]
            var run = 0
            while index < text.count && (text[index] == 0x2E || text[index] == 0x21 || text[index] == 0x3F) {
                index += 1
                run += 1
            }
            if first == 0x2E && run >= 3 {
                ellipsis()
                return
            }
            let afterQuotes = skipClosers(from: index)
            let next = nextVisible(from: afterQuotes)
            // "'Ready?' she asked" and "approx. ten" go on: a lower-case word cannot start a sentence.
            if let next, isLowercase(next) { return }
            if first == 0x2E, let last = words.last, !endsAfterFullStop(last, next: next) { return }
            close(at: afterQuotes)
            index = afterQuotes
        }

        mutating func ellipsis() {
            let afterQuotes = skipClosers(from: index)
            guard let next = nextVisible(from: afterQuotes), isUppercase(next) else { return }
            close(at: afterQuotes)
            index = afterQuotes
        }

        /// A full stop after an abbreviation or an initial may still be inside the sentence.
        func endsAfterFullStop(_ last: Word, next: Int?) -> Bool {
            guard last.range.upperBound == index - 1 else { return true }  // something between: a real stop
            // Not `next.map(isUppercase)`: a closure over the non-copyable scanner.
            var nextIsCapital = true
            if let next { nextIsCapital = isUppercase(next) }
            let ending = last.kind == .abbreviation
                ? abbreviations.entry(for: UnsafeBufferPointer(rebasing: text[last.range]))?.ending : nil
            // An initial: "J. Smith", "Mary J. Blige".
            let isInitial = last.range.count == 1 && isUppercase(last.range.lowerBound)
            return SentenceEnd.afterFullStop(
                abbreviation: ending, isInitial: isInitial, nextIsCapital: next == nil ? nil : nextIsCapital)
        }

        // MARK: Words

        mutating func word() {
            let start = index
            var letters = 0, digits = 0, upper = 0
            let firstIsDigit = !isLetter(start) || (text[start] >= 0x30 && text[start] <= 0x39)
            if let currency = currencyLength(at: index) { index += currency }
            // Plain ASCII letters and digits, most of every word, in a tight loop that also works out
            // the word's two hashes (as written, for the syllable memo; as the lists spell it) on the
            // way. The general loop below takes over at anything else, and then the hashes are worked
            // out afterwards from the whole word.
            let plainStart = index
            var written = WordHash.offsetBasis, listed = WordHash.offsetBasis
            var position = index
            while position < text.count {
                let byte = text[position]
                if byte &- 0x61 < 26 {
                    letters += 1
                    listed = WordHash.adding(byte, to: listed)
                } else if byte &- 0x41 < 26 {
                    letters += 1
                    upper += 1
                    listed = WordHash.adding(byte | 0x20, to: listed)
                } else if byte &- 0x30 < 10 {
                    digits += 1
                    listed = WordHash.adding(byte, to: listed)
                } else {
                    break
                }
                written = WordHash.adding(byte, to: written)
                position += 1
            }
            index = position
            let plainEnd = position
            var dotted = false
            var identifier = false
            scan: while index < text.count {
                let byte = text[index]
                if byte >= 0x30 && byte <= 0x39 {
                    digits += 1
                    index += 1
                } else if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) {
                    letters += 1
                    if byte <= 0x5A { upper += 1 }
                    index += 1
                } else if byte >= 0x80 && isLetter(index) {
                    letters += 1
                    skipCharacter()
                } else if let joiner = apostropheLength(at: index), letters > 0, isLetter(index + joiner) {
                    index += joiner
                } else if let joiner = hyphenLength(at: index), index > start, isAlphanumeric(index - 1),
                    startsWord(index + joiner) || isDigit(index + joiner)
                {
                    index += joiner
                } else if byte == 0x2E, isDigit(index - 1), isDigit(index + 1), digits > 0 {
                    index += 1  // 4.50, 10.30, 23.11.2026
                } else if byte == 0x2E, singleLetterRun(from: start, to: index), isASCIILetter(index + 1),
                    at(index + 2) == 0x2E
                {
                    dotted = true
                    index += 2  // e.g, i.e, a.m, U.S: the final full stop is left for the sentence
                } else if byte == 0x5F, index > start, isAlphanumeric(index - 1), isAlphanumeric(index + 1) {
                    identifier = true
                    index += 1  // snake_case, ffi_prep_closure_loc
                } else if byte == 0x2E, index > start, isASCIIAlphanumeric(index - 1), isASCIILowercase(index + 1),
                    addressEnd(from: start) == nil
                {
                    identifier = true
                    index += 1  // os.path.join, node.js: a full stop with no space after it and a small letter
                } else if byte == 0x2C, digits > 0, isDigit(index - 1), threeDigitsThenBoundary(at: index + 1) {
                    index += 1  // 1,200
                } else if (byte == 0x3A || byte == 0x2F), digits > 0, isDigit(index - 1), isDigit(index + 1) {
                    index += 1  // 10:30, 23/11/2026
                } else if byte == 0x25, digits > 0 {
                    index += 1  // 45%
                    break scan
                } else {
                    break scan
                }
            }
            if index == start {
                skipCharacter()
                return
            }
            let range = start..<index
            let bytes = UnsafeBufferPointer(rebasing: text[range])
            let isPlain = plainStart == start && plainEnd == index
            let listHash = isPlain ? listed : WordHash.of(bytes)

            // A list number at the start of a sentence ("1." or "2)") is not a word.
            if words.isEmpty && letters == 0 && digits > 0 && digits <= 3 && digits == range.count
                && (at(index) == 0x2E || at(index) == 0x29) && (at(index + 1) == nil || isSpace(index + 1))
            {
                index += 1
                return
            }
            if identifier {
                words.append(Word(
                    range: range, kind: .identifier, syllables: 1, letters: 0, characters: 0, isCapitalised: false,
                    hash: listHash))
                return
            }
            let capitalised = isUppercase(start)
            // Only a word stopped by @ : . or / can be the start of an address; a full stop before a
            // space or the end, as at the end of most sentences, never is.
            if let stop = at(index), stop == 0x40 || stop == 0x3A || stop == 0x2F || (stop == 0x2E && !endsAfterNext(index)),
                let address = addressEnd(from: start)
            {
                index = address
                words.append(Word(
                    range: start..<address, kind: .address, syllables: 1, letters: 0, characters: 0, isCapitalised: false,
                    hash: WordHash.of(UnsafeBufferPointer(rebasing: text[start..<address]))))
                return
            }
            if range.count <= 6, letters > 0, capitalised || dotted || at(index) == 0x2E || range.count == 2,
                let entry = abbreviations.entry(for: bytes),
                entry.isCapitalised || dotted || at(index) == 0x2E || entry.isVersus,
                !entry.isNumberSign || (at(index) == 0x2E && nextIsDigit(after: index + 1))
            {
                words.append(Word(
                    range: range, kind: .abbreviation, syllables: entry.syllables, letters: letters, characters: letters,
                    isCapitalised: capitalised, hash: listHash))
                return
            }
            if firstIsDigit || (digits > 0 && letters == 0) {
                words.append(Word(
                    range: range, kind: .number, syllables: NumberSyllables.count(bytes), letters: letters,
                    characters: letters + digits, isCapitalised: false, hash: listHash))
                return
            }
            let isAcronym = letters >= 2 && (upper == letters || (upper == letters - 1 && text[index - 1] == 0x73 && upper >= 2))
            let syllables = isPlain ? counter.count(bytes, writtenHash: written) : counter.count(bytes)
            words.append(Word(
                range: range, kind: isAcronym ? .acronym : .word, syllables: syllables, letters: letters,
                characters: letters + digits, isCapitalised: capitalised, hash: listHash))
        }

        /// A web or email address starting here: scheme, `www.` or `name@host.tld`; its end, less any
        /// closing punctuation.
        func addressEnd(from start: Int) -> Int? {
            var end = start
            var hasAt = false, hasScheme = false, hasDot = false
            while end < text.count && !isSpace(end) && text[end] != 0x22 && text[end] != 0x3C && text[end] != 0x3E {
                if text[end] == 0x40 { hasAt = true }
                if text[end] == 0x3A && at(end + 1) == 0x2F && at(end + 2) == 0x2F { hasScheme = true }
                if text[end] == 0x2E && hasAt { hasDot = true }
                end += 1
            }
            let www = end - start > 4 && text[start] | 0x20 == 0x77 && text[start + 1] | 0x20 == 0x77
                && text[start + 2] | 0x20 == 0x77 && text[start + 3] == 0x2E
            guard hasScheme || www || (hasAt && hasDot) else { return nil }
            while end > start, let last = at(end - 1), [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x27, 0x5D].contains(last) {
                end -= 1
            }
            if end >= 3 && text[end - 3] == 0xE2 && text[end - 2] == 0x80 && (text[end - 1] == 0x99 || text[end - 1] == 0x9D) {
                end -= 3
            }
            return end
        }

        /// The byte after `position` is a space, or there is none.
        @inline(__always) func endsAfterNext(_ position: Int) -> Bool { position + 1 >= text.count || isSpace(position + 1) }

        func singleLetterRun(from start: Int, to end: Int) -> Bool {
            // Only "x" or "x.y" so far: the shape of e.g., i.e., a.m., U.S.
            var position = start
            while position < end {
                guard isLetter(position), Self.length(of: text[position]) == 1 else { return false }
                position += 1
                if position < end {
                    guard text[position] == 0x2E else { return false }
                    position += 1
                }
            }
            return true
        }

        func threeDigitsThenBoundary(at position: Int) -> Bool {
            isDigit(position) && isDigit(position + 1) && isDigit(position + 2) && !isDigit(position + 3)
        }

        func nextIsDigit(after position: Int) -> Bool {
            var position = position
            while isSpace(position) { position += 1 }
            return isDigit(position)
        }

        // MARK: Bytes
        //
        // Always inlined: called as methods, they would each be handed a copy of the whole scanner,
        // several times for every word.

        @inline(__always) func at(_ position: Int) -> UInt8? {
            position >= 0 && position < text.count ? text[position] : nil
        }

        /// Past the character at `index`, and never past the end, even when its lead byte claims more
        /// bytes than are left (text that is not UTF-8).
        @inline(__always) mutating func skipCharacter() {
            index = min(index + Self.length(of: text[index]), text.count)
        }

        static func length(of lead: UInt8) -> Int {
            lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        }

        @inline(__always) func isSpace(_ position: Int) -> Bool {
            guard let byte = at(position) else { return false }
            return byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || (byte == 0xC2 && at(position + 1) == 0xA0)
        }

        @inline(__always) func isASCIILetter(_ position: Int) -> Bool {
            guard let byte = at(position) else { return false }
            return (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        }

        @inline(__always) func isASCIILowercase(_ position: Int) -> Bool {
            guard let byte = at(position) else { return false }
            return byte >= 0x61 && byte <= 0x7A
        }

        @inline(__always) func isASCIIAlphanumeric(_ position: Int) -> Bool { isASCIILetter(position) || isDigit(position) }

        @inline(__always) func isDigit(_ position: Int) -> Bool {
            guard let byte = at(position) else { return false }
            return byte >= 0x30 && byte <= 0x39
        }

        /// ASCII letters and letters of other scripts; not punctuation, symbols or emoji.
        @inline(__always) func isLetter(_ position: Int) -> Bool {
            guard let byte = at(position) else { return false }
            if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) { return true }
            if byte >= 0xC3 && byte <= 0xDF { return !(byte == 0xC3 && (at(position + 1) == 0x97 || at(position + 1) == 0xB7)) }  // × ÷
            if byte >= 0xE0 && byte <= 0xEF { return byte != 0xE2 && byte != 0xE3 && byte != 0xEF }
            return false
        }

        @inline(__always) func isAlphanumeric(_ position: Int) -> Bool {
            isLetter(position) || isDigit(position) || (at(position).map { $0 >= 0x80 && $0 < 0xC0 } ?? false)
        }

        @inline(__always) func startsWord(_ position: Int) -> Bool {
            if isLetter(position) || isDigit(position) { return true }
            guard let currency = currencyLength(at: position) else { return false }
            return isDigit(position + currency)
        }

        @inline(__always) func currencyLength(at position: Int) -> Int? {
            guard let byte = at(position) else { return nil }
            if byte == 0x24 { return 1 }
            if byte == 0xC2 && at(position + 1) == 0xA3 { return 2 }
            if byte == 0xE2 && at(position + 1) == 0x82 && at(position + 2) == 0xAC { return 3 }
            return nil
        }

        @inline(__always) func apostropheLength(at position: Int) -> Int? {
            if at(position) == 0x27 { return 1 }
            if at(position) == 0xE2 && at(position + 1) == 0x80 && at(position + 2) == 0x99 { return 3 }
            return nil
        }

        @inline(__always) func hyphenLength(at position: Int) -> Int? {
            if at(position) == 0x2D { return 1 }
            if at(position) == 0xE2 && at(position + 1) == 0x80 && (at(position + 2) == 0x90 || at(position + 2) == 0x91) { return 3 }
            return nil
        }

        @inline(__always) func isUppercase(_ position: Int) -> Bool {
            guard let byte = at(position) else { return false }
            if byte >= 0x41 && byte <= 0x5A { return true }
            if byte == 0xC3, let next = at(position + 1) { return next >= 0x80 && next <= 0x9E && next != 0x97 }
            return false
        }

        @inline(__always) func isLowercase(_ position: Int) -> Bool {
            guard let byte = at(position) else { return false }
            if byte >= 0x61 && byte <= 0x7A { return true }
            if byte == 0xC3, let next = at(position + 1) { return next >= 0x9F && next != 0xB7 }
            return false
        }

        /// After closing quotation marks and brackets: ' " ’ ” ) ] »
        func skipClosers(from position: Int) -> Int {
            var position = position
            while let byte = at(position) {
                if byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D {
                    position += 1
                } else if byte == 0xE2 && at(position + 1) == 0x80 && (at(position + 2) == 0x99 || at(position + 2) == 0x9D) {
                    position += 3
                } else if byte == 0xC2 && at(position + 1) == 0xBB {
                    position += 2
                } else {
                    break
                }
            }
            return position
        }

        /// The first byte after spaces and opening quotes or brackets, or nil at the end of the unit.
        func nextVisible(from position: Int) -> Int? {
            var position = position
            while position < text.count {
                let byte = text[position]
                if isSpace(position) || byte == 0x22 || byte == 0x27 || byte == 0x28 || byte == 0x5B {
                    position += byte == 0xC2 ? 2 : 1
                } else if byte == 0xE2 && at(position + 1) == 0x80 && [0x98, 0x9C, 0x93, 0x94].contains(at(position + 2)) {
                    position += 3  // ‘ “ – —
                } else if byte == 0x2D || byte == 0x2A {
                    position += 1  // a bullet
                } else {
                    return position
                }
            }
            return nil
        }
    }
}

/// A sentence's words as the scanner finds them, in a buffer the tokeniser keeps and reuses: adding
/// a word is a store, without an array's checks for a shared or full buffer on every word. A value
/// held by the scanner, so its count changes with no run-time exclusivity check. Not copyable, so no
/// copy can outlive the buffer it frees. `Word` holds only plain values, so words are copied and
/// dropped as bytes.
struct WordScratch: ~Copyable {
    private var base: UnsafeMutablePointer<Word>
    private var capacity: Int
    private(set) var count = 0

    init() {
        capacity = 64
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    var isEmpty: Bool { count == 0 }
    var last: Word? { count > 0 ? base[count - 1] : nil }

    subscript(index: Int) -> Word {
        precondition(index >= 0 && index < count, "word index out of range")
        return base[index]
    }

    @inline(__always)
    mutating func append(_ word: Word) {
        if count == capacity { grow() }
        (base + count).initialize(to: word)
        count += 1
    }

    mutating func removeAll() { count = 0 }

    /// The words as an array of exactly their number.
    func copied() -> [Word] { Array(UnsafeBufferPointer(start: base, count: count)) }

    private mutating func grow() {
        let bigger = UnsafeMutablePointer<Word>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }
}
