/// A word the sentence itself explains: "An advocate is someone who helps you", "Reablement means
/// help to get back your skills", "Someone who speaks up for you is called an advocate". Easy-read
/// and plain English guidance both ask writers to explain a hard word where it is used, so reporting
/// the word in the sentence that explains it would tell them off for doing what they were told.
enum ExplainedInPlace {
    /// Words the term may be followed by before the explanation starts ("supported living means").
    static let wordsAfterTerm = 2
    /// Words the explanation may lead up to the term with ("is sometimes called an advocate").
    static let wordsBeforeTerm = 3

    static let means = WordSet(["means", "mean"])
    static let be = WordSet(["is", "are"])
    /// After "is" or "are", what starts an explanation of the word before.
    static let explanationStarts = WordSet(["someone", "somebody", "when", "where", "what", "how", "people", "short"])
    static let person = WordSet(["a"])
    static let personNoun = WordSet(["person", "word", "way", "name"])
    static let called = WordSet(["called", "named"])
    /// Before "called": "is called", "is sometimes called", not "we called the team" (phoned).
    static let beforeCalled = WordSet(["is", "are", "was", "were", "be", "also", "sometimes", "often", "usually"])
    static let known = WordHash.of("known")
    static let asWord = WordHash.of("as")

    /// The words `first...last` are explained by the words around them in the sentence.
    static func isExplained(from first: Int, to last: Int, in words: [Word]) -> Bool {
        // "<term> means …", "<term> is someone who …", "<term> is a person who …".
        var index = last + 1
        while index < words.count && index <= last + wordsAfterTerm + 1 {
            let hash = words[index].hash
            if means.contains(hash: hash) { return true }
            if be.contains(hash: hash), index + 1 < words.count {
                let next = words[index + 1].hash
                if explanationStarts.contains(hash: next) { return true }
                if person.contains(hash: next), index + 2 < words.count, personNoun.contains(hash: words[index + 2].hash) { return true }
            }
            index += 1
        }
        // "… is called <term>", "… known as <term>".
        var before = first - 1
        while before >= 0 && before >= first - wordsBeforeTerm {
            let hash = words[before].hash
            if called.contains(hash: hash), before > 0, beforeCalled.contains(hash: words[before - 1].hash) { return true }
            if hash == asWord && before > 0 && words[before - 1].hash == known { return true }
            before -= 1
        }
        return false
    }
}
