/// Counts syllables from spelling alone, for words the dictionary lacks.
///
/// Vowel groups, then patterns where two written vowels are usually two spoken syllables (`ia`, `eo`,
/// `uing` …), silent final `e`, `-ed` and `-es` that add no syllable, and compounds whose first part
/// ends in a silent `e` (`whitefield`, `peacemaker`). Tuned on `Tests/ReadabilityTests/Data/rules-dev.tsv`
/// and measured, never tuned, on `rules-held-out.tsv` (see `SyllableAccuracyTests`).
public enum SyllableRules {
    private static let splitPairs = LetterAlternation(
        "(?<![ctg])ia|[ctg]ia$|[^ct]ion|iu|eo[^u]|[^q]ua|uo|[^q]ui[^cdlnrst]|ii|ya|yo|yu|ie[rt]|io[^nu]|iet"
            + "|[aeiou]y[aeiou](?!ng)|ier|eal")
    private static let splitEndings = LetterAlternation(
        "riet|dien|ien$|ienn|iest|iel|creat|uing|[^aeiou]eous|ism$")
    private static let extraSyllables = LetterAlternation("^mc|[^aeiou]ying|[^aeiou]sm$|[aeiou]ing|^rea|^ree|^reo|^reu")
    /// Second halves of compounds: a consonant and a silent `e` before one of these lose a syllable.
    private static let compoundTails: [[UInt8]] = [
        "field", "ville", "man", "men", "less", "ness", "ful", "ment", "load", "stone", "suit", "force", "ly",
        "like", "wood", "ward", "work", "way", "side", "some", "place", "maker", "hearted", "cast", "lay", "tail",
        "hart", "vest",
    ].map { Array($0.utf8) }
    private static let tailEndings: [[UInt8]] = ["", "s", "ing", "er", "ers", "ed"].map { Array($0.utf8) }
    private static let keepsFinalE = LetterAlternation("le$|ee$|ie$|ye$|oe$")
    private static let silentEd = LetterPattern("[^aeiouy]ed$")
    private static let soundedEd = LetterAlternation("[td]ed$|[^aeiouy]led$")
    private static let silentEs = LetterPattern("[^aeiouy]es$")
    private static let soundedEs = LetterAlternation("ses$|xes$|zes$|ches$|shes$|ces$|ges$|[^aeiouy]les$")

    /// `word` holds lowercase ASCII letters only.
    public static func count(_ word: UnsafeBufferPointer<UInt8>) -> Int {
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
        count -= silentCompoundEs(word)
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

    private static func silentCompoundEs(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var found = 0
        var index = 0
        while index + 2 < word.count {
            if !isVowel(word[index]) && word[index + 1] == UInt8(ascii: "e") && endsWithTail(word, from: index + 2) {
                found += 1
                index += 2
            } else {
                index += 1
            }
        }
        return found
    }

    private static func endsWithTail(_ word: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        let rest = word.count - start
        for tail in compoundTails where tail.count <= rest {
            for ending in tailEndings where tail.count + ending.count == rest {
                if zip(tail + ending, word[start...]).allSatisfy({ $0 == $1 }) { return true }
            }
        }
        return false
    }
}
