/// 0.4 × (words per sentence + 100 × complex words per word): years of schooling.
public enum GunningFog {
    public static func index(words: Int, sentences: Int, complexWords: Int) -> Double {
        typealias C = PublishedConstants.GunningFog
        let w = Double(words), s = Double(sentences), c = Double(complexWords)
        return C.factor * ((w / s) + C.percent * (c / w))
    }
}
