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

    private var exact: [[UInt8]: Entry] = [:]
    private var anyCase: [[UInt8]: Entry] = [:]

    public init(tsv: String) {
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 3, let syllables = Int(fields[1]), let ending = Ending(rawValue: String(fields[2]))
            else { continue }
            let written = String(fields[0])
            let entry = Entry(written: written, syllables: syllables, ending: ending)
            if written.first?.isUppercase == true { exact[Array(written.utf8)] = entry }
            else { anyCase[Array(written.utf8)] = entry }
        }
    }

    /// The entry for a word as written (without its final full stop).
    public func entry(for word: UnsafeBufferPointer<UInt8>) -> Entry? {
        guard word.count <= 8 else { return nil }
        if let found = exact[Array(word)] { return found }
        return anyCase[word.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }]
    }
}
