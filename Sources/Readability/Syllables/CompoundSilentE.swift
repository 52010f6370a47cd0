/// Silent `e`s in the middle of compounds, which the vowel groups count as syllables:
/// `whitefield`, `peacemaker`, `forecast`, `homespun`.
///
/// An `e` after a consonant is silent when a known second half follows it to the end of the word
/// (`-field`, `-man`, `-ville` …, perhaps with `-s`, `-er`, `-ing`), or when a known first half ends
/// with it and a consonant other than `r` follows (`fore-`, `home-`, `white-` …; `r` would make
/// `waver`, `homer`). Both lists were taken from the tuning words and kept where they fixed more
/// words than they broke.
enum CompoundSilentE {
    private static let tails: [[UInt8]] = [
        "field", "ville", "man", "men", "less", "ness", "ful", "ment", "load", "stone", "suit", "force", "ly",
        "like", "wood", "ward", "work", "way", "side", "some", "place", "maker", "hearted", "cast", "lay", "tail",
        "hart", "vest", "more", "house", "town",
    ].map { Array($0.utf8) }
    private static let tailEndings: [[UInt8]] = ["", "s", "ing", "er", "ers", "ed"].map { Array($0.utf8) }
    private static let heads: [[UInt8]] = [
        "fore", "white", "home", "space", "house", "stone", "grape", "ice", "life", "peace", "safe", "share",
        "side", "store", "wise", "game", "goose", "file", "tribe", "wave", "awe",
    ].map { Array($0.utf8) }

    /// How many such `e`s `word` (lowercase ASCII letters) holds.
    static func count(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var found = 0
        var index = 0
        while index + 2 < word.count {
            if !SyllableRules.isVowel(word[index]) && word[index + 1] == UInt8(ascii: "e")
                && mayBeSilent(word, consonantAt: index)
                && (endsWithTail(word, from: index + 2) || endsHead(word, at: index + 2))
            {
                found += 1
                index += 2
            } else {
                index += 1
            }
        }
        return found
    }

    /// Not after a consonant and `l` (`castleman`, `littlefield`: the `le` is a syllable of its own),
    /// and not in a first part with no vowel (`zeman`, `heward`).
    private static func mayBeSilent(_ word: UnsafeBufferPointer<UInt8>, consonantAt index: Int) -> Bool {
        if word[index] == UInt8(ascii: "l") && index > 0 && !SyllableRules.isVowel(word[index - 1]) { return false }
        for before in 0..<index where SyllableRules.isVowel(word[before]) { return true }
        return false
    }

    private static func endsWithTail(_ word: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        let rest = word.count - start
        for tail in tails where tail.count <= rest && has(tail, in: word, at: start) {
            for ending in tailEndings where tail.count + ending.count == rest {
                if has(ending, in: word, at: start + tail.count) { return true }
            }
        }
        return false
    }

    /// The word up to `end` is a first half, and a consonant other than `r` comes next.
    private static func endsHead(_ word: UnsafeBufferPointer<UInt8>, at end: Int) -> Bool {
        guard end + 1 < word.count else { return false }
        let next = word[end]
        guard !SyllableRules.isVowel(next) && next != UInt8(ascii: "y") && next != UInt8(ascii: "r") else { return false }
        for head in heads where head.count == end && has(head, in: word, at: 0) { return true }
        return false
    }

    @inline(__always)
    private static func has(_ part: [UInt8], in word: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + part.count <= word.count else { return false }
        for offset in 0..<part.count where word[start + offset] != part[offset] { return false }
        return true
    }
}
