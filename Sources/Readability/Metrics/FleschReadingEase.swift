/// 206.835 − 1.015 × words per sentence − 84.6 × syllables per word: 100 is very easy, 0 very hard.
public enum FleschReadingEase {
    public static func score(words: Int, sentences: Int, syllables: Int) -> Double {
        typealias C = PublishedConstants.FleschReadingEase
        let w = Double(words), s = Double(sentences), y = Double(syllables)
        return C.base - C.perWordsPerSentence * (w / s) - C.perSyllablesPerWord * (y / w)
    }
}
