/// Every score for one text, or nil where there is not enough text (`TextCounts.isEnoughToScore`).
///
/// Dale-Chall is left out on purpose: its familiar-word list (Chall & Dale, 1995) is under copyright
/// and no list we could ship under a licence that allows it matches the published formula.
public struct Scores: Hashable, Sendable, Codable {
    public var fleschReadingEase: Double
    public var fleschKincaidGrade: Double
    public var gunningFog: Double
    /// Over all sentences.
    public var smog: Double
    /// McLaughlin's 30-sentence sample; nil under 30 sentences.
    public var smogSample: Double?
    public var colemanLiau: Double
    public var automatedReadabilityIndex: Double
    /// From the Flesch-Kincaid grade.
    public var ukReadingAge: Double

    public init?(_ counts: TextCounts) {
        guard counts.isEnoughToScore else { return nil }
        let (w, s, y) = (counts.words, counts.sentences, counts.syllables)
        fleschReadingEase = FleschReadingEase.score(words: w, sentences: s, syllables: y)
        fleschKincaidGrade = FleschKincaidGrade.grade(words: w, sentences: s, syllables: y)
        gunningFog = GunningFog.index(words: w, sentences: s, complexWords: counts.complexWords)
        smog = SMOG.grade(polysyllables: counts.polysyllables, sentences: s)
        smogSample = SMOG.sampleGrade(polysyllablesBySentence: counts.polysyllablesBySentence)
        colemanLiau = ColemanLiau.index(letters: counts.letters, words: w, sentences: s)
        automatedReadabilityIndex = AutomatedReadabilityIndex.index(characters: counts.characters, words: w, sentences: s)
        ukReadingAge = UKReadingAge.years(fromUSGrade: fleschKincaidGrade)
    }
}
