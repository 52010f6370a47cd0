/// Guesses at a misspelt word: every word one edit away (a letter left out, added, changed, or two
/// swapped) that is a common word, most common first, or failing those one the pronouncing
/// dictionary knows. A few hundred lookups, where Hunspell's own suggestions take 20–50 ms a word,
/// so every misspelling can have its guesses and a long text stays fast.
struct SpellingGuesses {
    /// Common words (lowercase) and how common they are (Zipf).
    let frequencies: [String: Double]
    /// Whether a less common word exists: the pronouncing dictionary.
    let isWord: @Sendable (String) -> Bool

    init(_ frequencies: [(word: String, zipf: Double)], isWord: @escaping @Sendable (String) -> Bool = { _ in false }) {
        self.isWord = isWord
        var table: [String: Double] = [:]
        table.reserveCapacity(frequencies.count)
        for (word, zipf) in frequencies where table[word] == nil { table[word] = zipf }
        self.frequencies = table
    }

    static let alphabet = Array("abcdefghijklmnopqrstuvwxyz")

    /// Every spelling one edit away: a letter left out, two swapped, one changed, one added.
    static func forEachEdit(of letters: [Character], _ body: ([Character]) -> Void) {
        for index in letters.indices {
            var deleted = letters
            deleted.remove(at: index)
            body(deleted)
            if index + 1 < letters.count {
                var swapped = letters
                swapped.swapAt(index, index + 1)
                body(swapped)
            }
            for letter in alphabet where letter != letters[index] {
                var changed = letters
                changed[index] = letter
                body(changed)
            }
        }
        for index in 0...letters.count {
            for letter in alphabet {
                var inserted = letters
                inserted.insert(letter, at: index)
                body(inserted)
            }
        }
    }

    func guesses(for word: String, limit: Int = 3) -> [String] {
        let letters = Array(word.lowercased())
        guard letters.count >= 3, letters.count <= 24 else { return [] }
        var found: [String: Double] = [:]
        var rarer: Set<String> = []
        // Common words first; the pronouncing dictionary, slower to ask, only when none is near.
        for pass in 0..<2 where found.isEmpty {
            Self.forEachEdit(of: letters) { candidate in
                let text = String(candidate)
                if pass == 0 {
                    if let zipf = frequencies[text] { found[text] = zipf }
                } else if isWord(text) {
                    rarer.insert(text)
                }
            }
        }
        let common = found.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        return Array((common + rarer.sorted()).prefix(limit))
    }
}
