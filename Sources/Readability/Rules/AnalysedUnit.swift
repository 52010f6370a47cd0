/// A text unit with its sentences, as every rule sees it.
public struct AnalysedUnit: Sendable {
    public var index: Int
    public var unit: TextUnit
    public var sentences: [Sentence]
    /// The unit's text as UTF-8, which every range points into.
    public var bytes: [UInt8]

    public init(index: Int, unit: TextUnit, sentences: [Sentence], bytes: [UInt8]) {
        self.index = index
        self.unit = unit
        self.sentences = sentences
        self.bytes = bytes
    }

    public var wordCount: Int { sentences.reduce(0) { $0 + $1.words.count } }

    public func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    public func text(of word: Word) -> String { text(word.range) }

    /// Lowercase ASCII, apostrophes straightened: how word lists are matched.
    public func key(of word: Word) -> String {
        var key = ""
        key.reserveCapacity(word.range.count)
        var index = word.range.lowerBound
        while index < word.range.upperBound {
            let byte = bytes[index]
            if byte == 0xE2 && index + 2 < word.range.upperBound && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99 {
                key.append("'")
                index += 3
                continue
            }
            if byte < 0x80 {
                key.unicodeScalars.append(Unicode.Scalar(byte >= 65 && byte <= 90 ? byte + 32 : byte))
                index += 1
            } else {
                var end = index + 1
                while end < word.range.upperBound && bytes[end] & 0xC0 == 0x80 { end += 1 }
                key += String(decoding: bytes[index..<end], as: UTF8.self).lowercased()
                index = end
            }
        }
        return key
    }

    /// A 64-bit hash of the word as `key(of:)` would spell it, without making a string: rules compare
    /// every word against their lists, and this keeps that free of allocation.
    @inline(__always)
    public func hash(of word: Word) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        var index = word.range.lowerBound
        let end = word.range.upperBound
        while index < end {
            var byte = bytes[index]
            if byte == 0xE2 && index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99 {
                byte = 39
                index += 2
            } else if byte >= 65 && byte <= 90 {
                byte += 32
            }
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
            index += 1
        }
        return value
    }

    /// The same hash for a lowercase word from a list.
    public static func hash(_ key: String) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.lowercased().replacingOccurrences(of: "’", with: "'").utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        return value
    }

    /// The word ends with these lowercase ASCII letters.
    public func word(_ word: Word, endsWith suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard word.range.count >= count else { return false }
        let start = word.range.upperBound - count
        for offset in 0..<count where bytes[start + offset] | 0x20 != suffix.utf8Start[offset] { return false }
        return true
    }
}
