/// Where a sentence ends: the one rule that the checker's tokeniser (for sentence lengths and
/// findings) and the page layout (which lets easy-read lines and pages break only at sentence ends)
/// both follow, so "Dr." or "e.g." never ends a sentence in one and not the other.
public enum SentenceEnd {
    /// Whether a full stop ends its sentence, given what the word before it is and what follows.
    /// - Parameters:
    ///   - abbreviation: how the word before the stop ends sentences, if it is an abbreviation.
    ///   - isInitial: the word is one capital letter ("J. Smith").
    ///   - next: whether the next word starts with a capital letter; nil at the end of the text.
    public static func afterFullStop(abbreviation: Abbreviation.Ending?, isInitial: Bool, nextIsCapital next: Bool?) -> Bool {
        switch abbreviation {
        case .never?: return false
        case .capital?: return next ?? true
        case nil: return isInitial ? next == nil : true
        }
    }

    /// For text already split into words: whether `word` (as written, with its punctuation) ends a
    /// sentence when `next` follows it (nil at the end of the text).
    public static func ends(_ word: String, next: String?) -> Bool {
        let closers: Set<Character> = ["\"", "'", ")", "]", "\u{201D}", "\u{2019}"]
        var characters = Substring(word)
        while let last = characters.last, closers.contains(last) { characters = characters.dropLast() }
        guard let last = characters.last else { return false }
        if last == "?" || last == "!" { return true }
        guard last == "." else { return false }
        // Opening quotes and brackets before the next word do not hide its capital.
        let nextIsCapital = next.map { $0.first { $0.isLetter || $0.isNumber }?.isUppercase ?? false }
        let stem = String(characters.dropLast().drop { !$0.isLetter })
        let isInitial = stem.count == 1 && stem.first?.isUppercase == true
        return afterFullStop(abbreviation: Abbreviation.named(stem)?.ending, isInitial: isInitial, nextIsCapital: nextIsCapital)
    }
}
