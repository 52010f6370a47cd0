/// Guesses at a misspelt word: every word one edit away (a letter left out, added, changed, or two
/// swapped) that is a common word, most common first, or failing those one the pronouncing
/// dictionary knows. A few hundred lookups, where Hunspell's own suggestions take 20–50 ms a word,
/// so every misspelling can have its guesses and a long text stays fast.
///
/// Each edit is looked up by its hash (`WordHash`), worked out from the hash of the letters before
/// the edit, and spelt out only when it is a word: a word of ten letters has about 570 edits, and
/// spelling them all out cost more than the rest of checking the sentence. The first misspellings
/// are guessed at while the other rules wait (see `Misspelling.waiting`), so this is on a long
/// check's critical path.
struct SpellingGuesses {
    /// Common words (lowercase), by their hash, and how common they are (Zipf).
    let frequencies: WordTable<Double>
    /// Whether a less common word exists: the pronouncing dictionary. Given lowercase UTF-8.
    let isWord: @Sendable (UnsafeBufferPointer<UInt8>) -> Bool

    init(
        _ frequencies: [(word: String, zipf: Double)],
        isWord: @escaping @Sendable (UnsafeBufferPointer<UInt8>) -> Bool = { _ in false }
    ) {
        self.isWord = isWord
        var table = WordTable<Double>()
        for (word, zipf) in frequencies {
            let hash = WordHash.of(word)
            if table[hash] == nil { table.set(zipf, for: hash) }
        }
        self.frequencies = table
    }

    /// One edit of a word's letters, by their positions.
    enum Edit {
        case deletion(Int)
        /// The letter at the position and the next, swapped.
        case swap(Int)
        case change(Int, UInt8)
        case insertion(Int, UInt8)
    }

    /// The letters an edit may add or put in another's place.
    static let alphabet = Array(UInt8(ascii: "a")...UInt8(ascii: "z"))

    /// A word's letters as UTF-8, with where each letter starts (so a letter outside ASCII is edited
    /// whole) and the hash of every run of letters from the start.
    struct Letters {
        let bytes: [UInt8]
        /// Letter `index` is `bytes[starts[index]..<starts[index + 1]]`.
        let starts: [Int]
        /// `prefixHashes[index]` is the hash of the letters before `index`.
        let prefixHashes: [UInt64]

        init(_ word: String) {
            var bytes: [UInt8] = [], starts = [0], hashes = [WordHash.offsetBasis]
            for letter in word {
                var hash = hashes[hashes.count - 1]
                for byte in letter.utf8 {
                    bytes.append(byte)
                    hash = WordHash.adding(byte, to: hash)
                }
                starts.append(bytes.count)
                hashes.append(hash)
            }
            self.bytes = bytes
            self.starts = starts
            prefixHashes = hashes
        }

        var count: Int { starts.count - 1 }

        func isSingle(_ byte: UInt8, at index: Int) -> Bool {
            starts[index + 1] - starts[index] == 1 && bytes[starts[index]] == byte
        }

        /// The hash of `value` followed by the bytes from `start` to `end`.
        func hash(_ value: UInt64, then start: Int, to end: Int) -> UInt64 {
            var value = value
            for index in start..<end { value = WordHash.adding(bytes[index], to: value) }
            return value
        }

        /// The hash of the word after `edit`, without spelling it out.
        func hash(after edit: Edit) -> UInt64 {
            switch edit {
            case .deletion(let index):
                return hash(prefixHashes[index], then: starts[index + 1], to: bytes.count)
            case .swap(let index):
                let second = hash(prefixHashes[index], then: starts[index + 1], to: starts[index + 2])
                let first = hash(second, then: starts[index], to: starts[index + 1])
                return hash(first, then: starts[index + 2], to: bytes.count)
            case .change(let index, let letter):
                return hash(WordHash.adding(letter, to: prefixHashes[index]), then: starts[index + 1], to: bytes.count)
            case .insertion(let index, let letter):
                return hash(WordHash.adding(letter, to: prefixHashes[index]), then: starts[index], to: bytes.count)
            }
        }

        /// The word after `edit`, as UTF-8, in `spelling`.
        func spell(after edit: Edit, into spelling: inout [UInt8]) {
            spelling.removeAll(keepingCapacity: true)
            switch edit {
            case .deletion(let index):
                spelling += bytes[..<starts[index]]
                spelling += bytes[starts[index + 1]...]
            case .swap(let index):
                spelling += bytes[..<starts[index]]
                spelling += bytes[starts[index + 1]..<starts[index + 2]]
                spelling += bytes[starts[index]..<starts[index + 1]]
                spelling += bytes[starts[index + 2]...]
            case .change(let index, let letter):
                spelling += bytes[..<starts[index]]
                spelling.append(letter)
                spelling += bytes[starts[index + 1]...]
            case .insertion(let index, let letter):
                spelling += bytes[..<starts[index]]
                spelling.append(letter)
                spelling += bytes[starts[index]...]
            }
        }
    }

    /// Every edit one step away: a letter left out, two swapped, one changed, one added.
    static func forEachEdit(of letters: Letters, _ body: (Edit) -> Void) {
        for index in 0..<letters.count {
            body(.deletion(index))
            if index + 1 < letters.count { body(.swap(index)) }
            for letter in alphabet where !letters.isSingle(letter, at: index) { body(.change(index, letter)) }
        }
        for index in 0...letters.count {
            for letter in alphabet { body(.insertion(index, letter)) }
        }
    }

    func guesses(for word: String, limit: Int = 3) -> [String] {
        let letters = Letters(word.lowercased())
        guard letters.count >= 3, letters.count <= 24 else { return [] }
        var spelling: [UInt8] = []
        spelling.reserveCapacity(letters.bytes.count + 1)
        var found: [String: Double] = [:]
        Self.forEachEdit(of: letters) { edit in
            if let zipf = frequencies[letters.hash(after: edit)] {
                letters.spell(after: edit, into: &spelling)
                found[String(decoding: spelling, as: UTF8.self)] = zipf
            }
        }
        // The pronouncing dictionary, slower to ask, only when no common word is near.
        var rarer: Set<String> = []
        if found.isEmpty {
            Self.forEachEdit(of: letters) { edit in
                letters.spell(after: edit, into: &spelling)
                if spelling.withUnsafeBufferPointer(isWord) { rarer.insert(String(decoding: spelling, as: UTF8.self)) }
            }
        }
        let common = found.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        return Array((common + rarer.sorted()).prefix(limit))
    }
}
