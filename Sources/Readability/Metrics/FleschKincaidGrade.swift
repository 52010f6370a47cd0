/// 0.39 × words per sentence + 11.8 × syllables per word − 15.59: a US school grade.
public enum FleschKincaidGrade {
    public static func grade(words: Int, sentences: Int, syllables: Int) -> Double {
        typealias C = PublishedConstants.FleschKincaidGrade
        let w = Double(words), s = Double(sentences), y = Double(syllables)
        return C.perWordsPerSentence * (w / s) + C.perSyllablesPerWord * (y / w) - C.offset
    }
}
