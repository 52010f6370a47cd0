/// 4.71 × characters per word + 0.5 × words per sentence − 21.43: a US grade.
public enum AutomatedReadabilityIndex {
    public static func index(characters: Int, words: Int, sentences: Int) -> Double {
        typealias C = PublishedConstants.AutomatedReadabilityIndex
        let c = Double(characters), w = Double(words), s = Double(sentences)
        return C.perCharactersPerWord * (c / w) + C.perWordsPerSentence * (w / s) - C.offset
    }
}
