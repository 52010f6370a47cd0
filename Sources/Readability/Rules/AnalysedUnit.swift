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

    /// The word's bytes as `WordHash` reads them: ASCII lowercased, ’ straightened.
    public func listSpelling(of word: Word) -> [UInt8] {
        var spelling: [UInt8] = []
        spelling.reserveCapacity(word.range.count)
        bytes.withUnsafeBufferPointer { buffer in
            WordHash.forEachListByte(of: UnsafeBufferPointer(rebasing: buffer[word.range])) { spelling.append($0) }
        }
        return spelling
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
