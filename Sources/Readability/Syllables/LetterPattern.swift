/// A tiny pattern language for the letter rules, so each rule reads like the regular expression it is
/// and runs over bytes with no allocation: literals, `[abc]`, `[^abc]`, `^` and `$` anchors, one
/// negative look-behind `(?<![abc])` at the start and one negative look-ahead `(?!ng)` at the end.
struct LetterPattern: Sendable {
    /// A set of ASCII bytes as two 64-bit masks: the letter rules test every letter of every unusual
    /// word against several classes, and a bit test is cheaper than searching a list.
    private struct CharClass: Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var negated: Bool

        init(members: some Sequence<UInt8>, negated: Bool) {
            self.negated = negated
            for byte in members where byte < 128 {
                if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
            }
        }

        @inline(__always)
        func matches(_ byte: UInt8) -> Bool {
            let member = byte < 64 ? low & (1 << UInt64(byte)) != 0 : byte < 128 && high & (1 << UInt64(byte - 64)) != 0
            return member != negated
        }
    }

    private var elements: [CharClass] = []
    private var notAfter: CharClass?
    private var notBefore: [UInt8]?
    private var atStart = false
    private var atEnd = false

    init(_ source: String) {
        var bytes = Array(source.utf8)[...]
        if bytes.starts(with: Array("(?<![".utf8)) {
            bytes = bytes.dropFirst(5)
            let close = bytes.firstIndex(of: UInt8(ascii: "]"))!
            notAfter = CharClass(members: Array(bytes[..<close]), negated: false)
            bytes = bytes[(close + 2)...]
        }
        if bytes.first == UInt8(ascii: "^") {
            atStart = true
            bytes = bytes.dropFirst()
        }
        while let byte = bytes.first {
            switch byte {
            case UInt8(ascii: "["):
                let negated = bytes.dropFirst().first == UInt8(ascii: "^")
                let from = bytes.index(bytes.startIndex, offsetBy: negated ? 2 : 1)
                let close = bytes[from...].firstIndex(of: UInt8(ascii: "]"))!
                elements.append(CharClass(members: Array(bytes[from..<close]), negated: negated))
                bytes = bytes[(close + 1)...]
            case UInt8(ascii: "$"):
                atEnd = true
                bytes = bytes.dropFirst()
            case UInt8(ascii: "("):
                let close = bytes.firstIndex(of: UInt8(ascii: ")"))!
                notBefore = Array(bytes[(bytes.startIndex + 3)..<close])
                bytes = bytes[(close + 1)...]
            default:
                elements.append(CharClass(members: [byte], negated: false))
                bytes = bytes.dropFirst()
            }
        }
    }

    /// The length matched at `index`, or nil.
    func match(_ word: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        // The first letter rules out most places, so it is tested first.
        guard index < word.count, elements.isEmpty || elements[0].matches(word[index]) else { return nil }
        if atStart && index != 0 { return nil }
        if let notAfter, index > 0, notAfter.matches(word[index - 1]) { return nil }
        let end = index + elements.count
        guard end <= word.count else { return nil }
        for (offset, element) in elements.enumerated() where !element.matches(word[index + offset]) {
            return nil
        }
        if atEnd && end != word.count { return nil }
        if let notBefore, end + notBefore.count <= word.count {
            var same = true
            for (offset, byte) in notBefore.enumerated() where word[end + offset] != byte {
                same = false
                break
            }
            if same { return nil }
        }
        return elements.count
    }

    func matchesEnd(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let index = word.count - elements.count
        return index >= 0 && match(word, at: index) != nil
    }

    /// Whether a match can start at this letter (a pattern with no letters can start anywhere).
    func canStart(with byte: UInt8) -> Bool { elements.isEmpty || elements[0].matches(byte) }
}

/// Alternatives tried in order at each position, matches not overlapping: `findall` of `a|b|c`.
struct LetterAlternation: Sendable {
    private let patterns: [LetterPattern]
    /// For each byte, the patterns that can start with it, in the alternation's order: `candidates`
    /// from `firstCandidate[byte]` up to `firstCandidate[byte + 1]`. An alternation has dozens of
    /// patterns and most cannot start with a given letter, so only the others are tried.
    private let firstCandidate: [Int]
    private let candidates: [Int]

    init(_ source: String) {
        let patterns = source.split(separator: "|").map { LetterPattern(String($0)) }
        var firstCandidate: [Int] = [], candidates: [Int] = []
        for byte in 0...255 {
            firstCandidate.append(candidates.count)
            candidates += patterns.indices.filter { patterns[$0].canStart(with: UInt8(byte)) }
        }
        firstCandidate.append(candidates.count)
        self.patterns = patterns
        self.firstCandidate = firstCandidate
        self.candidates = candidates
    }

    func occurrences(in word: UnsafeBufferPointer<UInt8>) -> Int {
        var found = 0
        var index = 0
        while index < word.count {
            var advanced = false
            let byte = Int(word[index])
            for candidate in firstCandidate[byte]..<firstCandidate[byte + 1] {
                if let length = patterns[candidates[candidate]].match(word, at: index) {
                    found += 1
                    index += max(length, 1)
                    advanced = true
                    break
                }
            }
            if !advanced { index += 1 }
        }
        return found
    }

    func matchesEnd(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        patterns.contains { $0.matchesEnd(word) }
    }
}
