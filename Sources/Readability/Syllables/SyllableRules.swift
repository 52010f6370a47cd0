/// Counts syllables from spelling alone, for words the dictionary lacks.
///
/// Vowel groups (`y` is a vowel after a consonant), then patterns where two written vowels are usually
/// two spoken syllables (`ia`, `eo`, `-io`, `-ious` …), a final `l` after a consonant that is a
/// syllable of its own (`Brandl`), silent final `e` (but `-ble`, `-tre` are spoken), `-ed` and `-es`
/// that add no syllable, and silent `e`s inside compounds (``CompoundSilentE``).
///
/// Tuned on `Tests/ReadabilityTests/Data/rules-tuning.tsv` (25,000 rare dictionary words) and
/// `rules-dev.tsv` (3,000): a rule was kept only when it fixed clearly more of those words than it
/// broke. Measured, never looked at, on `rules-held-out.tsv` (3,000 other rare words): 92.9 % match the
/// first pronunciation of the CMU Pronouncing Dictionary (93.4 % one of its pronunciations), against
/// 94.0 % and 93.8 % on the tuning and dev words (see `SyllableAccuracyTests`). Most rare words in the
/// dictionary are names; the misses left are mostly names from other languages (`-one`, `-ese`,
/// `-ieri`) and words whose pronunciations disagree (`bundling` 3 or 2).
public enum SyllableRules {
    /// `y` before a vowel is a consonant (`banyan`, `kenya`) unless it is the word's first vowel (`bryan`, `tryon`).
    private static let splitPairs = LetterAlternation(
        "(?<![ctg])ia|iu|eo[^u]|uo|[^q]ui[^cdlnrst]|ii|ie[rt]|io[^nu]|io$"
            + "|^[^aeiou]ya|^[^aeiou][^aeiou]ya|^[^aeiou]yo|^[^aeiou][^aeiou]yo|[^ctsxgn]ion|auer|[^gq]uer$"
            + "|[^aeiouy]ea$|[^qg]ua|[ct]iat|eo$")
    private static let splitEndings = LetterAlternation(
        "riet|dien|ien$|ienn|iest|creat|[^aeiou]eous|ism$|iel(?!d)|[^cgtx]ious|ienc")
    private static let extraSyllables = LetterAlternation(
        "^mc|[^aeiou]ying|[^aeiou]sm$|[aeiou]ing|^rea|^ree|^reo|^reu|[^aeiouyrlhw]l$")
    /// `-ically` says `-ic-ly`, one syllable fewer than its vowel groups.
    private static let fewerSyllables = LetterAlternation("ically")
    /// A final `e` after a consonant and `l` or `r` is spoken (`table`, `centre`); after a vowel and `l` it
    /// is silent (`dale`, `michelle`).
    private static let keepsFinalE = LetterAlternation("ee$|ie$|ye$|oe$|[^aeiouyl]le$|[^aeiouyr]re$")
    private static let silentEd = LetterAlternation("[^aeiouy]ed$|[aeiou]yed$")
    /// `-led` is a syllable after a consonant (`bundled`), not after `l`, `r` or `w` (`dulled`, `howled`).
    private static let soundedEd = LetterAlternation("[td]ed$|[^aeiouylrw]led$")
    private static let silentEs = LetterPattern("[^aeiouy]es$")
    private static let soundedEs = LetterAlternation("ses$|xes$|zes$|ches$|shes$|ces$|ges$|[^aeiouyl]les$")

    /// `word` holds lowercase ASCII letters only.
    package static func count(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        guard !word.isEmpty else { return 0 }
        var count = 0
        var previousWasVowel = false
        for index in 0..<word.count {
            let byte = word[index]
            var vowel = isVowel(byte)
            if byte == UInt8(ascii: "y") { vowel = index > 0 && !isVowel(word[index - 1]) }
            if vowel && !previousWasVowel { count += 1 }
            previousWasVowel = vowel
        }
        count += splitPairs.occurrences(in: word)
        count += splitEndings.occurrences(in: word)
        count += extraSyllables.occurrences(in: word)
        count -= fewerSyllables.occurrences(in: word)
        count -= CompoundSilentE.count(word)
        let e = UInt8(ascii: "e")
        if word[word.count - 1] == e && !keepsFinalE.matchesEnd(word) && count > 1 { count -= 1 }
        if silentEd.matchesEnd(word) && !soundedEd.matchesEnd(word) && count > 1 { count -= 1 }
        if silentEs.matchesEnd(word) && !soundedEs.matchesEnd(word) && count > 1 { count -= 1 }
        return max(count, 1)
    }

    public static func count(_ word: String) -> Int {
        let letters = Array(word.lowercased().utf8.filter { $0 >= 97 && $0 <= 122 })
        return letters.withUnsafeBufferPointer { count($0) }
    }

    @inline(__always)
    static func isVowel(_ byte: UInt8) -> Bool {
        byte == 97 || byte == 101 || byte == 105 || byte == 111 || byte == 117
    }
}
