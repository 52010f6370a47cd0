/// An ordinary word written in capitals to stress it ("The event is FREE", "Do NOT share it", "We are
/// CLOSED"): block capitals, not an acronym to spell out. Shared by the acronym and block-capitals
/// rules, so the same word is never both.
///
/// Ordinary means very common ("free", "not", "must"), or a longer word the pronouncing dictionary
/// knows ("closed", "urgent"). Short care acronyms that happen to be words are rarer ones ("SEND"
/// at 5.1, "PIP"), so they stay acronyms. A word beside a capitalised word (other than a sentence's
/// first) is part of a name, which may be an acronym ("SEND Strategic Board"), so it is left to the
/// acronym rule.
struct StressedCapitals: Sendable {
    /// On the Zipf scale: about 3 in 100,000 words. "free" (5.6), "not", "must", "stop" (5.5) are;
    /// "send" (5.1), "pa" (4.5) and every care acronym (ICB, KPI, CQC) are not.
    static let everydayFrequency = 5.5
    /// Two-letter words are left out: "IT", "AS", "US" are as often acronyms as stress.
    static let fewestLetters = 3
    /// From this many letters a dictionary word in capitals is a word, not an acronym: the same
    /// length block-capitals reports a single word at.
    static let dictionaryWordLetters = 5

    let everyday: WordSet
    let known: WordSet
    let table = SyllableTable.shipped

    init(_ lists: WordLists) {
        everyday = lists.derived.everyday(atLeast: Self.everydayFrequency)
        known = WordSet(lists.knownAcronyms)
    }

    func isStressed(_ position: Int, in words: [Word], _ unit: AnalysedUnit) -> Bool {
        let word = words[position]
        guard word.kind == .acronym, word.letters >= Self.fewestLetters, !known.contains(hash: word.hash) else { return false }
        let ordinary = everyday.contains(hash: word.hash)
            || (word.letters >= Self.dictionaryWordLetters && table.syllables(of: unit.key(of: word)) != nil)
        guard ordinary else { return false }
        let before = position > 1 && words[position - 1].isCapitalised
        let after = position + 1 < words.count && words[position + 1].isCapitalised
        return !before && !after
    }
}
