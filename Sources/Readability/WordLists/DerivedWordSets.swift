import Synchronization

/// Sets the rules make from the word lists, made once for all of a check's rules rather than each
/// time the rules are made: they are made before the first unit can be checked, so on the one
/// thread every long check waits on, and `check FOLDER` makes its rules again for each file.
///
/// Shared by copies of one `WordLists` (it is a class): the sets depend only on the lists it was
/// made with, never on the words a document accepts.
final class DerivedWordSets: Sendable {
    private let jargon: [JargonEntry]
    private let familiarLongWords: Set<String>
    private let frequencies: [(word: String, zipf: Double)]
    private let made = Mutex(Made())
    /// Apart from the sets: made on a warm-up thread (`Checker.warmUp`) while the rules are made.
    private let guesses = Mutex<SpellingGuesses?>(nil)

    private struct Made {
        var singleJargonForms: WordSet?
        var everyday: [Double: WordSet] = [:]
        var familiar: [Double?: WordSet] = [:]
    }

    init(jargon: [JargonEntry], familiarLongWords: Set<String>, frequencies: [(word: String, zipf: Double)]) {
        self.jargon = jargon
        self.familiarLongWords = familiarLongWords
        self.frequencies = frequencies
    }

    /// The table `Misspelling` guesses from: the common words by hash. Made once, ahead of the first
    /// misspelling, which the rules otherwise wait for while it is made (a long text's first
    /// misspellings are guessed at as the check catches up after Hunspell's dictionary has loaded).
    var spellingGuesses: SpellingGuesses {
        guesses.withLock { guesses in
            if let made = guesses { return made }
            let made = SpellingGuesses(frequencies) { SyllableTable.shipped.contains($0) }
            guesses = made
            return made
        }
    }

    /// Every form ("disseminated" as well as "disseminate") of each one-word jargon entry.
    var singleJargonForms: WordSet {
        made.withLock { made in
            if let set = made.singleJargonForms { return set }
            let set = WordSet(jargon.filter { $0.words.count == 1 }.flatMap { Jargon.forms(of: $0.words[0]) })
            made.singleJargonForms = set
            return set
        }
    }

    /// The common words at least this common (Zipf), most common first.
    private func words(atLeast zipf: Double) -> some Sequence<String> {
        frequencies.lazy.prefix { $0.zipf >= zipf }.map(\.word)
    }

    /// The common words at least this common (Zipf).
    func everyday(atLeast zipf: Double) -> WordSet {
        made.withLock { made in
            if let set = made.everyday[zipf] { return set }
            let set = WordSet(words(atLeast: zipf))
            made.everyday[zipf] = set
            return set
        }
    }

    /// The familiar long words, with the common words at least `zipf` common when it is given.
    func familiar(atLeast zipf: Double?) -> WordSet {
        made.withLock { made in
            if let set = made.familiar[zipf] { return set }
            var familiar = Array(familiarLongWords)
            if let zipf { familiar += words(atLeast: zipf) }
            let set = WordSet(familiar)
            made.familiar[zipf] = set
            return set
        }
    }
}
