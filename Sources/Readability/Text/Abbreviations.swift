/// The abbreviations in `Resources/abbreviations.tsv`: how they are said and whether a full stop
/// after them can end a sentence.
public struct Abbreviations: Sendable {
    public enum Ending: String, Sendable {
        /// Always followed by something: "Dr Patel", "e.g. a walk", "No. 4".
        case never
        /// Ends a sentence only before a capital letter: "… forms, etc. Then …".
        case capital
    }

    public struct Entry: Sendable {
        public var written: String
        public var syllables: Int
        public var ending: Ending
    }

    /// Few entries, short words: a linear scan over bytes beats hashing and allocates nothing.
    private var exact: [(bytes: [UInt8], entry: Entry)] = []
    private var anyCase: [(bytes: [UInt8], entry: Entry)] = []
    private var longest = 0
    /// Lowercased first letters and lengths of all entries: most words ("of", "to", "The") are ruled
    /// out by these two bit tests before any comparison.
    private var firstLetters = [Bool](repeating: false, count: 128)
    private var lengths: UInt64 = 0

    public init(tsv: String) {
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 3, let syllables = Int(fields[1]), let ending = Ending(rawValue: String(fields[2]))
            else { continue }
            let written = String(fields[0])
            let entry = Entry(written: written, syllables: syllables, ending: ending)
            if written.first?.isUppercase == true { exact.append((Array(written.utf8), entry)) }
            else { anyCase.append((Array(written.utf8), entry)) }
            longest = max(longest, written.utf8.count)
            if let first = written.utf8.first, first < 128 { firstLetters[Int(first >= 65 && first <= 90 ? first + 32 : first)] = true }
            lengths |= 1 << UInt64(min(written.utf8.count, 63))
        }
    }

    /// The entry for a word as written (without its final full stop).
    public func entry(for word: UnsafeBufferPointer<UInt8>) -> Entry? {
        guard word.count <= longest, !word.isEmpty, lengths & (1 << UInt64(word.count)) != 0 else { return nil }
        let first = word[0] >= 65 && word[0] <= 90 ? word[0] + 32 : word[0]
        guard first < 128, firstLetters[Int(first)] else { return nil }
        for candidate in exact where candidate.bytes.count == word.count {
            if candidate.bytes.elementsEqual(word) { return candidate.entry }
        }
        for candidate in anyCase where candidate.bytes.count == word.count {
            if candidate.bytes.elementsEqual(word, by: { $0 == ($1 >= 65 && $1 <= 90 ? $1 + 32 : $1) }) { return candidate.entry }
        }
        return nil
    }
}
