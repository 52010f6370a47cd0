/// Suggests symbols for a picture slot from the words around it: the slot's description first,
/// the text of its easy-read row second.
///
/// Three kinds of evidence, strongest first: a phrase of the concept index ("GP" → doctor), a
/// symbol whose whole name appears in the words ("mobile phone"), and a word that is one of a
/// symbol's tags ("money"). Longer phrases count for more, words early in the description a little
/// more than later ones, and the description three times as much as the row's text. One drawing of each
/// thing is offered (doctor_1a, not also doctor_2a).
public struct SymbolSuggester: Sendable {
    public let bank: PictureBank
    let vocabulary: Vocabulary
    /// Concept entries by their first word (canonical form).
    let concepts: [String: [ConceptIndex.Entry]]
    /// Symbols by the first word of their name.
    let namesByFirstWord: [String: [Symbol]]
    /// Symbols by each tag.
    let symbolsByTag: [String: [String]]

    /// How many suggestions a slot gets unless asked for another number: the "best few".
    public static let defaultCount = 3
    /// Words of a slot's description, and of its row's text, that are looked at. A description is a
    /// phrase and a row a few short lines (easy read asks for one idea a row); anything longer is
    /// not about one picture, and stopping here keeps 100 slots well under 100 ms.
    public static let maximumWords = 120

    public init(bank: PictureBank = .shipped, concepts: ConceptIndex = .shipped) {
        self.bank = bank
        let entries = concepts.entries.filter { $0.symbols.allSatisfy(bank.contains) }
        var vocabularyWords = Set(entries.flatMap(\.words))
        for symbol in bank.symbols.values {
            vocabularyWords.formUnion(symbol.nameWords)
            vocabularyWords.formUnion(symbol.tags)
        }
        vocabulary = Vocabulary(vocabularyWords)
        var concepts: [String: [ConceptIndex.Entry]] = [:]
        for entry in entries { concepts[entry.words[0], default: []].append(entry) }
        self.concepts = concepts
        var names: [String: [Symbol]] = [:]
        var tags: [String: [String]] = [:]
        for name in bank.names {
            guard let symbol = bank.symbols[name], let first = symbol.nameWords.first else { continue }
            names[first, default: []].append(symbol)
            for tag in symbol.tags where !Self.emptyTags.contains(tag) { tags[tag, default: []].append(name) }
        }
        namesByFirstWord = names
        symbolsByTag = tags
    }

    /// Tags so general that they say nothing about what a picture shows.
    static let emptyTags: Set<String> = ["abstract", "general", "people", "descriptive", "verb", "noun"]

    /// Words that never choose a picture on their own.
    static let stopWords: Set<String> = [
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto",
        "is", "are", "be", "was", "were", "it", "its", "this", "that", "these", "those", "their", "there", "they",
        "them", "his", "her", "he", "she", "we", "you", "your", "our", "us", "i", "my", "me", "as", "up", "about",
        "can", "will", "would", "could", "should", "may", "might", "if", "so", "do", "does", "has", "have", "some",
        "one", "two", "three", "very", "just", "also", "not", "but", "all", "any", "each", "other", "get", "got",
    ]

    /// Words that say someone is there but not what the picture is about (a person is in most
    /// pictures), and question words, which start many sentences that ask nothing. They count for
    /// a third, so "a person with a walking stick" leads with the stick.
    static let weakWords: Set<String> = [
        "person", "people", "someone", "somebody", "man", "woman", "lady",
        "what", "who", "when", "where", "why", "how", "which",
    ]

    public func suggest(description: String, rowText: String = "", count: Int = defaultCount) -> [SymbolSuggestion] {
        guard count > 0 else { return [] }
        var tally = Tally()
        collect(from: description, weight: 3, source: "the description", into: &tally)
        collect(from: rowText, weight: 1, source: "the row's text", into: &tally)
        var seenFamilies = Set<String>()
        var result: [SymbolSuggestion] = []
        for (name, score) in tally.scores.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
            let family = bank.symbols[name]?.family ?? name
            guard seenFamilies.insert(family).inserted else { continue }
            let reason = tally.reasons[name, default: []].prefix(2).joined(separator: "; ")
            // Two decimals are plenty to see how far apart suggestions are, and read better in JSON.
            result.append(SymbolSuggestion(symbol: name, reason: reason, score: (score * 100).rounded() / 100))
            if result.count == count { break }
        }
        return result
    }

    private struct Tally {
        var scores: [String: Double] = [:]
        var reasons: [String: [String]] = [:]
        /// Each piece of evidence once per symbol (the same word twice is one reason).
        var given: Set<String> = []

        mutating func add(_ symbol: String, _ score: Double, _ reason: String) {
            scores[symbol, default: 0] += score
            if given.insert(symbol + "\u{0}" + reason).inserted { reasons[symbol, default: []].append(reason) }
        }
    }

    private func collect(from text: String, weight: Double, source: String, into tally: inout Tally) {
        let written = WordForms.words(in: text, limit: Self.maximumWords)
        guard !written.isEmpty else { return }
        let words = written.map(vocabulary.canonical)
        var usedByConcept = [Bool](repeating: false, count: words.count)
        for index in words.indices {
            // Earlier words name the picture more often ("A doctor listening to …"): a gentle lean.
            let position = max(0.75, 1 - 0.03 * Double(index))
            // The longest phrases starting here, then the shorter ones inside them.
            for entry in (concepts[words[index]] ?? []).sorted(by: { $0.words.count > $1.words.count })
            where matches(entry.words, in: words, at: index) {
                if entry.words.count == 1 && Self.stopWords.contains(entry.words[0]) { continue }
                let end = index + entry.words.count
                if usedByConcept[index..<end].allSatisfy({ $0 }) { continue }  // inside a longer phrase already
                for offset in index..<end { usedByConcept[offset] = true }
                let strength = entry.words.count == 1 && Self.weakWords.contains(entry.words[0]) ? 1.0 / 3 : 1
                let said = written[index..<end].joined(separator: " ")
                let reason = said == entry.phrase.lowercased()
                    ? "\(source) says '\(said)'" : "\(source) says '\(said)' (as '\(entry.phrase)')"
                for (rank, symbol) in entry.symbols.enumerated() {
                    let score = 10 * Double(entry.words.count) * weight * position * strength * [1, 0.6, 0.45, 0.35][min(rank, 3)]
                    tally.add(symbol, score, reason)
                }
            }
            if Self.stopWords.contains(words[index]) { continue }
            for symbol in namesByFirstWord[words[index]] ?? [] where matches(symbol.nameWords, in: words, at: index) {
                let said = written[index..<(index + symbol.nameWords.count)].joined(separator: " ")
                let strength = symbol.nameWords.count == 1 && Self.weakWords.contains(symbol.nameWords[0]) ? 1.0 / 3 : 1
                tally.add(
                    symbol.name, 8 * Double(symbol.nameWords.count) * weight * position * strength,
                    "its name matches '\(said)' in \(source)")
            }
            if let tagged = symbolsByTag[words[index]] {
                // A tag many symbols share says little about each of them.
                let share = 3 / Double(max(tagged.count, 3))
                for name in tagged { tally.add(name, 4 * share * weight * position, "tagged '\(words[index])', as in \(source)") }
            }
        }
    }

    private func matches(_ phrase: [String], in words: [String], at index: Int) -> Bool {
        guard index + phrase.count <= words.count else { return false }
        for (offset, word) in phrase.enumerated() where words[index + offset] != word { return false }
        return true
    }
}
