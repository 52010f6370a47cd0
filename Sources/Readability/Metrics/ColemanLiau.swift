/// 0.0588 × letters per 100 words − 0.296 × sentences per 100 words − 15.8: a US grade.
public enum ColemanLiau {
    public static func index(letters: Int, words: Int, sentences: Int) -> Double {
        typealias C = PublishedConstants.ColemanLiau
        let l = Double(letters) / Double(words) * C.perWords
        let s = Double(sentences) / Double(words) * C.perWords
        return C.perLetters * l - C.perSentences * s - C.offset
    }
}
