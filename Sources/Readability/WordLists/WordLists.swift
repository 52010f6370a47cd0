import Foundation

/// The word lists the checker reads, each a file in `Resources/` written by us (see each file's head).
public struct WordLists: Sendable {
    public var abbreviations: Abbreviations
    /// Phrases to avoid and their plainer alternatives.
    public let jargon: [JargonEntry]
    /// Acronyms most readers know without being told (NHS, UK, GP).
    public var knownAcronyms: Set<String>
    /// Participles that after "is" or "was" usually describe rather than act ("is tired", "was worried").
    public var adjectivalParticiples: Set<String>
    /// Past participles that do not end in -ed ("given", "taken", "written").
    public var irregularParticiples: Set<String>
    /// Words of three or more syllables that most readers know ("everyone", "information").
    public let familiarLongWords: Set<String>
    /// How common English words are, on the Zipf scale (from wordfreq; `common-words.tsv`), most
    /// common first, down to 4.0 (once in 100,000 words).
    public let wordFrequencies: [(word: String, zipf: Double)]
    /// Every word in `wordFrequencies`, by hash, made once: the rules that ask "is it common
    /// English?" (not-english, spelling) share it.
    public let commonWords: WordSet
    /// Words a document or project uses knowingly (`words:` in front matter or `.plainly.yaml`), by
    /// the hash of their lowercase spelling; a phrase is kept with single spaces ("going forward").
    public private(set) var acceptedWords = WordSet()
    /// Sets the rules make from these lists, each made once (see `DerivedWordSets`).
    let derived: DerivedWordSets

    /// These lists, with `words` accepted as well.
    public func accepting(_ words: some Sequence<String>) -> WordLists {
        var lists = self
        for word in words {
            let key = word.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
                .replacingOccurrences(of: "\u{2019}", with: "'")
            if !key.isEmpty { lists.acceptedWords.insert(hash: WordHash.of(key)) }
        }
        return lists
    }

    public static let shipped: WordLists = {
        do {
            return WordLists(
                abbreviations: Abbreviations(),
                jargon: JargonEntry.parse(try resource("jargon", "tsv")),
                knownAcronyms: Set(lines(try resource("known-acronyms", "txt"))),
                adjectivalParticiples: Set(lines(try resource("adjectival-participles", "txt"))),
                irregularParticiples: Set(lines(try resource("irregular-participles", "txt"))),
                familiarLongWords: Set(lines(try resource("familiar-long-words", "txt"))),
                wordFrequencies: frequencies(try resource("common-words", "tsv")))
        } catch {
            fatalError("Readability: a word list is missing from the resource bundle: \(error)")
        }
    }()

    public init(
        abbreviations: Abbreviations, jargon: [JargonEntry], knownAcronyms: Set<String>,
        adjectivalParticiples: Set<String>, irregularParticiples: Set<String>, familiarLongWords: Set<String>,
        wordFrequencies: [(word: String, zipf: Double)] = []
    ) {
        self.abbreviations = abbreviations
        self.jargon = jargon
        self.knownAcronyms = knownAcronyms
        self.adjectivalParticiples = adjectivalParticiples
        self.irregularParticiples = irregularParticiples
        self.familiarLongWords = familiarLongWords
        self.wordFrequencies = wordFrequencies
        commonWords = WordSet(wordFrequencies.map(\.word))
        derived = DerivedWordSets(jargon: jargon, familiarLongWords: familiarLongWords, frequencies: wordFrequencies)
    }

    /// `word<TAB>zipf` lines, most common first.
    static func frequencies(_ text: String) -> [(word: String, zipf: Double)] {
        lines(text).compactMap { line in
            guard let tab = line.utf8.firstIndex(of: UInt8(ascii: "\t")), let zipf = Double(line[line.utf8.index(after: tab)...]) else {
                return nil
            }
            return (String(line[..<tab]), zipf)
        }
    }

    static func resource(_ name: String, _ type: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: type, subdirectory: "Resources") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "\(name).\(type)"])
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Without spaces and tabs at either end. Foundation's `trimmingCharacters` goes through NSString,
    /// which costs more than the rest of loading the lists, and every check starts by loading them.
    static func trimmingSpaces(_ text: Substring) -> String {
        var text = String(text)
        return text.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[trimmed($0, 0..<$0.count)]), as: UTF8.self) }
    }

    /// `range` of `bytes` without spaces, tabs and carriage returns at either end.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var first = range.lowerBound, last = range.upperBound
        while first < last && isSpace(bytes[first]) { first += 1 }
        while last > first && isSpace(bytes[last - 1]) { last -= 1 }
        return first..<last
    }

    /// Non-empty lines that are not comments, trimmed and lowercased.
    ///
    /// Read as UTF-8 bytes, since every check starts by loading the lists and a line at a time as
    /// `Character`s took longer than reading the text that was checked: a long check could not start
    /// its workers until they were loaded.
    static func lines(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
                let line = trimmed(bytes, start..<end)
                if !line.isEmpty && bytes[line.lowerBound] != UInt8(ascii: "#") {
                    lines.append(lowercased(UnsafeBufferPointer(rebasing: bytes[line])))
                }
                start = end + 1
            }
            return lines
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    /// ASCII lowercased byte by byte; anything else by the standard library's rules.
    private static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return String(decoding: bytes, as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() {
                buffer[index] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
            }
            return bytes.count
        }
    }
}

/// A word or phrase to avoid, as data: `utilise → use`.
public struct JargonEntry: Hashable, Sendable {
    /// Lowercase words of the phrase; a single-word entry also matches its -s, -ed and -ing forms.
    public var words: [String]
    public var alternatives: [String]

    public var phrase: String { words.joined(separator: " ") }

    public init(words: [String], alternatives: [String]) {
        self.words = words
        self.alternatives = alternatives
    }

    /// `phrase<TAB>alternative; alternative` lines.
    static func parse(_ text: String) -> [JargonEntry] {
        WordLists.lines(text).compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: true)
            guard fields.count >= 2 else { return nil }
            let words = fields[0].split(separator: " ").map(String.init)
            let alternatives = fields[1].split(separator: ";").map { WordLists.trimmingSpaces($0) }
            return JargonEntry(words: words, alternatives: alternatives)
        }
    }
}
