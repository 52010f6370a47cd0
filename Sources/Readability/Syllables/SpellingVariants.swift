/// British spellings mapped to the American ones the CMU dictionary mostly lists. Syllables never
/// change between the two, so any variant the dictionary knows gives the count.
enum SpellingVariants {
    /// Suffix rewrites, tried longest first: (British ending, American ending).
    static let endings: [([UInt8], [UInt8])] = bytes([
        ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"),
        ("iser", "izer"), ("isers", "izers"), ("ise", "ize"),
        ("ysing", "yzing"), ("ysed", "yzed"), ("yses", "yzes"), ("yse", "yze"),
        ("ours", "ors"), ("our", "or"), ("oured", "ored"), ("ouring", "oring"), ("ourite", "orite"),
        ("ourites", "orites"), ("ourable", "orable"), ("ourful", "orful"),
        ("tres", "ters"), ("tre", "ter"), ("bres", "bers"), ("bre", "ber"),
        ("ogues", "ogs"), ("ogue", "og"),
        ("ence", "ense"), ("ences", "enses"),
        ("elled", "eled"), ("elling", "eling"), ("eller", "eler"), ("ellers", "elers"),
        ("alled", "aled"), ("alling", "aling"), ("illed", "iled"), ("illing", "iling"),
        ("gramme", "gram"), ("grammes", "grams"), ("ement", "ment"), ("ements", "ments"),
        ("eing", "ing"), ("yre", "ire"), ("yres", "ires"),
    ])

    /// Letter pairs inside a word: paediatric → pediatric, oestrogen → estrogen, manoeuvre → maneuver.
    static let inner: [([UInt8], [UInt8])] = bytes([("ae", "e"), ("oe", "e"), ("oeu", "eu")])

    /// Kept as bytes: candidates are sought for every unusual word of a long text.
    private static func bytes(_ pairs: [(String, String)]) -> [([UInt8], [UInt8])] {
        pairs.map { (Array($0.0.utf8), Array($0.1.utf8)) }
    }

    /// Each American candidate for a lowercase British word, most likely first.
    static func candidates(for word: [UInt8]) -> [[UInt8]] {
        var result: [[UInt8]] = []
        for (tail, american) in endings {
            if word.count > tail.count + 1 && word.suffix(tail.count).elementsEqual(tail) {
                result.append(Array(word.dropLast(tail.count)) + american)
            }
        }
        for (pair, american) in inner {
            if let range = firstRange(of: pair, in: word) {
                var changed = word
                changed.replaceSubrange(range, with: american)
                result.append(changed)
                for candidate in candidates(forEndingsOf: changed) { result.append(candidate) }
            }
        }
        return result
    }

    private static func candidates(forEndingsOf word: [UInt8]) -> [[UInt8]] {
        endings.compactMap { tail, american in
            guard word.count > tail.count + 1, word.suffix(tail.count).elementsEqual(tail) else { return nil }
            return Array(word.dropLast(tail.count)) + american
        }
    }

    private static func firstRange(of needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count)
        where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return start..<(start + needle.count)
        }
        return nil
    }
}
