/// An everyday word written in capitals to stress it ("The event is FREE", "Do NOT share it"): block
/// capitals, not an acronym to spell out. Shared by the acronym and block-capitals rules, so the same
/// word is never both.
///
/// Everyday means at least as common as `everydayFrequency`. A word beside a capitalised word
/// (other than a sentence's first) is part of a name, which may be an acronym ("SEND Strategic
/// Board"), so it is left to the acronym rule.
struct StressedCapitals: Sendable {
    /// On the Zipf scale: once in 100,000 words. "free", "not", "must" and "send" are; "pa" (4.5),
    /// "pin" (4.3) and every care acronym (ICB, KPI, CQC) are not.
    static let everydayFrequency = 5.0
    /// Two-letter words are left out: "IT", "AS", "US" are as often acronyms as stress.
    static let fewestLetters = 3

    let everyday: WordSet
    let known: WordSet

    init(_ lists: WordLists) {
        everyday = WordSet(lists.words(atLeast: Self.everydayFrequency))
        known = WordSet(lists.knownAcronyms)
    }

    func isStressed(_ position: Int, in words: [Word]) -> Bool {
        let word = words[position]
        guard word.kind == .acronym, word.letters >= Self.fewestLetters, everyday.contains(hash: word.hash),
            !known.contains(hash: word.hash)
        else { return false }
        let before = position > 1 && words[position - 1].isCapitalised
        let after = position + 1 < words.count && words[position + 1].isCapitalised
        return !before && !after
    }
}
