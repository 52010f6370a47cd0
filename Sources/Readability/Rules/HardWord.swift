import PlainlyModel

/// A long word that is not everyday and not explained in the glossary. Everyday means on the
/// familiar list, or at least as common in English as the profile's `everydayFrequency` (easy read
/// asks for commoner words than plain English does). Reported once per word, at its
/// first use, with how often it is used.
public struct HardWord: Rule {
    public static let id = "hard-word"
    public static let why = "Long, unusual words slow readers down and some will not know them. An everyday word, or an explanation, helps everyone."
    public static let examples: [RuleExample] = [
        .triggers("Your eligibility depends on your circumstances."),
        .passes("Everyone is welcome at the community centre."),
        .passes("Ask about the Birmingham office."),
        .passes([.paragraph(Paragraph(inlines: [.text("Your eligibility depends on your needs.")]))], glossary: ["eligibility"]),
        .triggers("We talked about the assessment.", in: .easyRead),
        .passes("We talked about the visit.", in: .easyRead),
        // Long but common: syllables alone are not what makes a word hard.
        .passes("Education and advertising were both on the list of recommendations."),
        .passes("We talked about your education.", in: .easyRead),
        .triggers("Your eligibility for the service.", in: .easyRead),
        .triggers("We talked about the recommendations.", in: .easyRead),
        // A form of a jargon word is the jargon rule's: one finding, with plainer words.
        .passes("The guidance was disseminated to every team."),
        // A word the document lists under `words:` is one it uses knowingly.
        .passes(.blocks([.paragraph(Paragraph(inlines: [.text("Your eligibility depends on your needs.")]))], words: ["eligibility"])),
        // Explained in the sentence that uses it, as easy read asks: not reported, then or later.
        .passes("An advocate is someone who helps you say what you want. Your advocate is on your side.", in: .easyRead),
        .passes("Someone who speaks up for you is called an advocate.", in: .easyRead),
        .passes("Advocacy means getting help to speak up.", in: .easyRead),
        .triggers("We called the advocacy service.", in: .easyRead),
        .triggers("Your advocate will call you.", in: .easyRead),
    ]

    let minimum: Int
    let severity: Finding.Severity
    /// Everyday long words.
    let familiar: WordSet
    /// Single jargon words in all their forms: the jargon rule speaks about those.
    let jargon: WordSet
    /// The document's and the project's own words (`words:`), which it uses knowingly.
    let accepted: WordSet
    var glossary = WordSet()
    /// A guide's "Hard words" list, where a hard word can be explained: offered in the suggestion.
    var glossaryHome: GlossaryHome?
    /// Each hard word's first finding and how often the word is used, in order of first use.
    var seen: [(finding: Finding, written: String, syllables: Int, uses: Int)] = []
    var seenIndex = WordTable<Int>()
    /// Where first findings are made before they are kept in `seen`: one sink for the whole text, so
    /// findings in the same unit share its excerpts and its walk to their places.
    var drafts = FindingSink()
    /// In `seenIndex`, a word explained where it was first used: it has no finding.
    static let explained = -1
    static let endings: [[UInt8]] = ["s", "es", "ed", "d", "ing", "ly", "'s"].map { Array($0.utf8) }

    public init(settings: RuleSettings, lists: WordLists) {
        minimum = settings.minimumSyllables ?? 3
        severity = settings.severity ?? .note
        familiar = lists.derived.familiar(atLeast: settings.everydayFrequency)
        // Every form ("disseminated" as well as "disseminate"): the jargon rule offers plainer words for each.
        jargon = lists.derived.singleJargonForms
        accepted = lists.acceptedWords
    }

    public mutating func start(_ document: Document, _ findings: inout FindingSink) {
        glossaryHome = GlossaryHome(document.metadata)
        for entry in document.metadata.glossary {
            for word in entry.term.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" }) {
                glossary.insert(hash: WordHash.of(String(word)))
            }
        }
    }

    public mutating func check(_ unit: AnalysedUnit, _ findings: inout FindingSink) {
        for sentence in unit.sentences {
            for (position, word) in sentence.words.enumerated() where word.syllables >= minimum && word.kind == .word {
                if word.isCapitalised && position > 0 { continue }  // a name
                if let index = seenIndex[word.hash] {
                    if index != Self.explained { seen[index].uses += 1 }
                    continue
                }
                if isKnown(word, in: unit) { continue }
                // Explained where it is first used: known from then on.
                if ExplainedInPlace.isExplained(from: position, to: position, in: sentence.words) {
                    seenIndex.set(Self.explained, for: word.hash)
                    continue
                }
                let written = unit.text(of: word)
                drafts.report(
                    Self.self, severity, in: unit, range: word.range, excerpt: sentence.range,
                    Self.message(written, syllables: word.syllables, uses: 1),
                    suggestion: glossaryHome?.suggestion(for: written)
                        ?? "Use an everyday word, explain it where it is used, or add it to the glossary.",
                    subject: written.lowercased())
                seenIndex.set(seen.count, for: word.hash)
                seen.append((drafts.takeLast()!, written, word.syllables, 1))
            }
        }
    }

    public mutating func finish(_ counts: TextCounts, _ findings: inout FindingSink) {
        // Each finding is moved out, not copied: a long text has thousands of hard words, and this
        // runs after everything else, while nothing else can.
        var taken: [(finding: Finding, written: String, syllables: Int, uses: Int)] = []
        swap(&taken, &seen)
        taken.reverse()
        while case (var finding, let written, let syllables, let uses)? = taken.popLast() {
            if uses > 1 { finding.message = Self.message(written, syllables: syllables, uses: uses) }
            findings.append(finding)
        }
    }

    static func message(_ written: String, syllables: Int, uses: Int) -> String {
        uses > 1
            ? "'\(written)' is a hard word (\(syllables) syllables, used \(uses) times)."
            : "'\(written)' is a hard word (\(syllables) syllables)."
    }

    /// Everyday, in the glossary, or one of those with -s, -es, -ed, -d, -ing, -ly or 's added, a
    /// dropped e put back ("arranging" is known through "arrange").
    func isKnown(_ word: Word, in unit: AnalysedUnit) -> Bool {
        func listed(_ hash: UInt64) -> Bool {
            familiar.contains(hash: hash) || glossary.contains(hash: hash) || accepted.contains(hash: hash)
        }
        if listed(word.hash) || jargon.contains(hash: word.hash) { return true }
        let spelling = unit.listSpelling(of: word)
        for ending in Self.endings where spelling.count > ending.count && spelling.suffix(ending.count).elementsEqual(ending) {
            var stem = WordHash.offsetBasis
            for byte in spelling.dropLast(ending.count) { stem = WordHash.adding(byte, to: stem) }
            if listed(stem) || listed(WordHash.adding(UInt8(ascii: "e"), to: stem)) { return true }
        }
        return false
    }
}
