/// "Be" followed by a past participle: the sentence hides who does the action.
///
/// Up to two adverbs may sit between ("was not always checked", "is being reviewed"). Participles that
/// usually describe a state ("is tired", "was married") are in `adjectival-participles.txt` and are not
/// reported. Precision on our labelled sentences is measured in `PassiveVoiceTests` (97.5 %, 39 of the
/// 40 it reports), so the message says the verb is passive rather than that it may be.
public struct PassiveVoice: Rule {
    public static let id = "passive-voice"
    public static let checksUnitsIndependently = true
    public static let why = "A passive sentence can hide who does what. Readers need to know who will act: you, us or someone else."
    public static let examples: [RuleExample] = [
        .triggers("Your care plan will be reviewed every year."),
        .triggers("The forms were sent to the wrong address."),
        .triggers("The report is being written by the finance team."),
        .triggers("Decisions are not always explained to families."),
        .passes("We will review your care plan every year."),
        .passes("I was tired after the long meeting."),
        .passes("She is interested in joining the group."),
        .passes("We used to meet on Mondays."),
        .passes("The hall is open on Saturdays."),
        .passes("There is a need for more carers."),
        .passes("This is called co-production."),
        // After "there is/are", a participle before a noun describes it: nobody is acting.
        .passes("There are shared rewards for everyone."),
        .passes("There is limited parking at the centre."),
        .triggers("There is a plan that was agreed last year."),
    ]

    static let beForms: Set<String> = [
        "am", "is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't", "weren't",
    ]
    static let between: Set<String> = [
        "not", "also", "often", "always", "never", "now", "then", "still", "already", "just", "being", "all",
        "usually", "sometimes", "rarely", "only", "currently", "normally", "generally", "first", "then", "soon",
    ]
    /// Words ending in -ed that are not verbs' participles.
    static let notParticiples: Set<String> = [
        "need", "feed", "seed", "bed", "red", "speed", "hundred", "sacred", "wicked", "naked", "indeed", "proceed",
        "exceed", "succeed", "shed", "breed", "greed", "weed", "deed", "reed", "bred", "fled", "led", "wed",
    ]

    let severity: Finding.Severity
    // The lists by `WordHash`, so each word is checked without a string.
    let adjectival: WordSet
    let irregular: WordSet
    let be = WordSet(beForms)
    let adverbs = WordSet(between)
    let notVerbs = WordSet(notParticiples)

    public init(settings: RuleSettings, lists: WordLists) {
        severity = settings.severity ?? .note
        adjectival = WordSet(lists.adjectivalParticiples)
        irregular = WordSet(lists.irregularParticiples)
    }

    public mutating func check(_ unit: AnalysedUnit, _ findings: inout FindingSink) {
        for sentence in unit.sentences {
            let words = sentence.words
            var index = 0
            while index < words.count {
                defer { index += 1 }
                guard words[index].kind == .word, words[index].range.count <= 7, be.contains(hash: words[index].hash) else { continue }
                var next = index + 1
                var skipped = 0
                while next < words.count && skipped < 2 {
                    let word = words[next]
                    guard adverbs.contains(hash: word.hash) || (word.range.count > 4 && unit.word(word, endsWith: "ly")) else { break }
                    next += 1
                    skipped += 1
                }
                guard next < words.count, words[next].kind == .word else { continue }
                guard isParticiple(words[next], in: unit) else { continue }
                if describesANoun(after: index, participle: next, in: words, unit) { continue }
                let phrase = words[index].range.lowerBound..<words[next].range.upperBound
                findings.report(
                    Self.self, severity, in: unit, range: phrase, excerpt: sentence.range,
                    FindingMessage.make(.text("'"), .bytes(unit.bytes[phrase]), .text("' is passive: it does not say who does it.")),
                    suggestion: "Start with who acts: 'we will review', not 'will be reviewed'.")
                index = next
            }
        }
    }

    /// "There are shared rewards": after an existential "there", a participle followed by a word
    /// is an adjective before its noun.
    func describesANoun(after be: Int, participle: Int, in words: [Word], _ unit: AnalysedUnit) -> Bool {
        guard be > 0, words[be - 1].hash == Self.there, participle + 1 < words.count else { return false }
        let following = words[participle + 1]
        return following.kind == .word && !Self.linkingWords.contains(hash: following.hash)
    }

    static let there = WordHash.of("there")
    /// Words after a participle that show it is a verb with its object or agent still to come.
    static let linkingWords = WordSet(["by", "to", "for", "from", "in", "on", "at", "with", "into", "as", "that", "and", "or"])

    func isParticiple(_ word: Word, in unit: AnalysedUnit) -> Bool {
        if adjectival.contains(hash: word.hash) { return false }  // also "used to", "supposed to"
        if irregular.contains(hash: word.hash) { return true }
        return word.range.count >= 4 && unit.word(word, endsWith: "ed") && !notVerbs.contains(hash: word.hash)
    }
}
