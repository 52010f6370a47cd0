import PlainlyModel
import Spelling

/// A word the British English dictionary (Hunspell's en_GB) does not know, with its best guesses.
/// Capitalised words (names, and a sentence's first word, which may be a name: a misspelling there is
/// missed rather than a name reported), acronyms, numbers, addresses, jargon (its own rule speaks)
/// and the glossary's words are left alone; so is any word in the common-word list or the
/// pronouncing dictionary. Each word is reported once, at its first use. A known word with a common
/// prefix written closed up ("coproduction", "rehumanise", "nonresident") is a spelling many
/// writers use, not a mistake.
public struct Misspelling: Rule {
    public static let id = "spelling"
    public static let why = "A spelling mistake makes readers stop and wonder, and screen readers say it wrongly."
    public static let examples: [RuleExample] = [
        .triggers("Please add a descrption of the picture."),
        .triggers("We recieve your form."),
        .passes("Please add a description of the picture."),
        .passes("Ask Siobhan or Tomasz at the Llandudno office."),
        .passes("Kwame wrote this part."),
        .passes("The workstream starts in May."),
        .passes("Colour, organise and centre are British spellings."),
        .passes([.paragraph(Paragraph(inlines: [.text(Text("Ask about a zorbing day."))]))], glossary: ["zorbing"]),
        .passes(.blocks([.paragraph(Paragraph(inlines: [.text("Ask about a zorbing day.")]))], words: ["zorbing"])),
        .passes("We believe in coproduction and want to rehumanise the system."),
        .triggers("We believe in coprodution."),
        // Too short after the prefix to be read as prefix and word (`shortestAfterPrefix`).
        .triggers("Please send a reprot of the visit."),
        .triggers("We will corun the group."),
        .triggers("Please recieve it."),
    ]

    /// Prefixes written closed up to a word; what follows must be a known word of this many letters
    /// or more, so a short slip ("coment") is not read as prefix and word.
    static let prefixes = ["co", "re", "pre", "non", "un", "multi", "inter", "sub", "over", "under", "anti", "post"]
    static let shortestAfterPrefix = 4

    /// Past this many unknown words a text is technical (code, names, another language's words):
    /// more would bury the other advice and slow the check, so spelling stops there, saying so.
    static let mostWords = 200
    /// Guesses for this many words a text; a text with more unknown words is mostly names and codes.
    static let guessedWords = 50
    /// A word this long or longer is a code or an address, not a misspelling.
    static let longestWord = 30

    let severity: Finding.Severity
    /// Hunspell's dictionary, loaded on a thread of its own from the start (`Checker.warmUp`) and
    /// waited for only when the first unit is checked, not when the rules are made.
    var speller: SpellChecker? { SpellChecker.britishEnglish }
    let common: WordSet
    /// Where the guesses' table is made, once for every check (see `DerivedWordSets.spellingGuesses`).
    let derived: DerivedWordSets
    /// Single jargon words ("workstream"): the jargon rule offers plainer words for those.
    let jargon: WordSet
    /// The document's and the project's own words (`words:`).
    let accepted: WordSet
    var glossary = WordSet()
    var seen = WordSet()
    var reported = 0

    public init(settings: RuleSettings, lists: WordLists) {
        severity = settings.severity ?? .warning
        common = lists.commonWords
        derived = lists.derived
        jargon = lists.derived.singleJargonForms
        accepted = lists.acceptedWords
    }

    public mutating func start(_ document: Document, _ findings: inout FindingSink) {
        for entry in document.metadata.glossary {
            for word in entry.term.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }) {
                glossary.insert(hash: WordHash.of(String(word)))
            }
        }
    }

    private func guessesAt(_ wrong: String) -> [String] {
        derived.spellingGuesses.guesses(for: wrong)
    }

    func isKnown(_ word: String, _ speller: SpellChecker) -> Bool {
        isKnownWithoutSpeller(word) || speller.knows(word)
    }

    /// Known to the common words or the pronouncing dictionary, which are asked before Hunspell.
    func isKnownWithoutSpeller(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { common.contains(hash: WordHash.of($0)) || SyllableTable.shipped.contains($0) }
    }

    /// "coproduction": a common prefix and a known word.
    func isPrefixed(_ word: String, _ speller: SpellChecker) -> Bool {
        Self.prefixes.contains { prefix in
            word.hasPrefix(prefix) && word.count - prefix.count >= Self.shortestAfterPrefix
                && isKnown(String(word.dropFirst(prefix.count)), speller)
        }
    }

    /// Units that came while Hunspell's dictionary was still loading, checked in order once it has:
    /// the check goes on meanwhile instead of waiting for this rule. Only a unit with a word that no
    /// other list knows waits, and only with those words (`unresolved`): the rest have nothing to ask
    /// Hunspell. So the held units are small and quick to check once the dictionary is there, and
    /// there is room for the units of the whole load on a slow machine: when the room runs out, every
    /// rule waits for the dictionary.
    var waiting = HeldBack<AnalysedUnit>(most: 16_384)

    public mutating func check(_ unit: AnalysedUnit, _ findings: inout FindingSink) {
        let loaded = SpellChecker.britishEnglishIsLoaded
        // Nearly every unit: nothing held back, so no array is made for it.
        if loaded && waiting.items.isEmpty { return checkNow(unit, &findings) }
        if !loaded {
            // Leaving out known words changes nothing: none would be reported or counted.
            guard let unresolved = unresolved(unit) else { return }
            for ready in waiting.take(unresolved, ready: false) { checkNow(ready, &findings) }
            return
        }
        for ready in waiting.take(unit, ready: true) { checkNow(ready, &findings) }
    }

    public mutating func finish(_ counts: TextCounts, _ findings: inout FindingSink) {
        for ready in waiting.drain() { checkNow(ready, &findings) }
    }

    /// A word this rule looks at: a lowercase word, not a list's, the glossary's or the writer's own.
    private func isCandidate(_ word: Word) -> Bool {
        word.kind == .word && !word.isCapitalised && word.range.count < Self.longestWord
            && !common.contains(hash: word.hash) && !jargon.contains(hash: word.hash)
            && !glossary.contains(hash: word.hash) && !accepted.contains(hash: word.hash)
    }

    /// The parts of a word (split at hyphens and apostrophes, which join words the dictionary knows
    /// apart: "well-being", "council's") that `isKnown` does not know.
    private func unknownParts(of key: String, _ isKnown: (String) -> Bool) -> [String] {
        // Most words: one part, in ASCII, whose letters are its bytes and whose only numbers are digits.
        if key.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: "'") }) {
            let isUnknown = key.utf8.count > 1 && !key.utf8.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } && !isKnown(key)
            return isUnknown ? [key] : []
        }
        return key.split(whereSeparator: { $0 == "-" || $0 == "'" }).map(String.init).filter { part in
            part.count > 1 && !part.contains(where: \.isNumber) && !isKnown(part)
        }
    }

    /// The unit with only its words that only Hunspell can tell (those neither the common words nor
    /// the pronouncing dictionary knows), in only the sentences that have them; nil when it has none.
    /// Each word is looked up once: one found known is marked seen, as `checkNow` would have, and one
    /// found unknown is remembered as waiting for Hunspell.
    private mutating func unresolved(_ unit: AnalysedUnit) -> AnalysedUnit? {
        // Looked at first without copying anything: most units have no such word.
        var needsSpeller = false
        for sentence in unit.sentences {
            for word in sentence.words where isCandidate(word) && !seen.contains(hash: word.hash) {
                if forSpeller.contains(hash: word.hash) {
                    needsSpeller = true
                } else if unknownParts(of: unit.key(of: word), { isKnownWithoutSpeller($0) }).isEmpty {
                    seen.insert(hash: word.hash)
                } else {
                    forSpeller.insert(hash: word.hash)
                    needsSpeller = true
                }
            }
        }
        guard needsSpeller else { return nil }
        var kept = unit
        kept.sentences = unit.sentences.compactMap { sentence in
            var sentence = sentence
            sentence.words = sentence.words.filter { isCandidate($0) && forSpeller.contains(hash: $0.hash) }
            return sentence.words.isEmpty ? nil : sentence
        }
        return kept
    }

    /// Words found, while Hunspell loaded, to need it (see `unresolved`).
    var forSpeller = WordSet()

    private mutating func checkNow(_ unit: AnalysedUnit, _ findings: inout FindingSink) {
        guard let speller, reported <= Self.mostWords else { return }
        for sentence in unit.sentences {
            for word in sentence.words where isCandidate(word) && seen.insert(hash: word.hash) {
                let unknown = unknownParts(of: unit.key(of: word)) { isKnown($0, speller) || isPrefixed($0, speller) }
                guard let wrong = unknown.first else { continue }
                reported += 1
                if reported > Self.mostWords {
                    findings.report(
                        Self.self, .note, in: unit, range: word.range, excerpt: sentence.range,
                        "Spelling was checked up to here: this text has more than \(Self.mostWords) words the dictionary does not know.",
                        suggestion: "Check the spelling of a text like this with a word processor, which can learn its words.")
                    return
                }
                let guesses = reported <= Self.guessedWords ? guessesAt(wrong) : []
                let advice = guesses.isEmpty ? "" : " Did you mean " + guesses.map { "'\($0)'" }.joined(separator: " or ") + "?"
                findings.report(
                    Self.self, severity, in: unit, range: word.range, excerpt: sentence.range,
                    "'\(unit.text(of: word))' may be misspelt.\(advice)",
                    suggestion: "Check the spelling; a name or a word the reader needs can go in the glossary.")
            }
        }
    }
}
