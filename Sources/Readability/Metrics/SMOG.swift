/// 1.0430 × √(polysyllables × 30 / sentences) + 3.1291: a US grade, meant for 30 sentences or more.
public enum SMOG {
    public static func grade(polysyllables: Int, sentences: Int) -> Double {
        typealias C = PublishedConstants.SMOG
        return C.factor * (Double(polysyllables) * C.sampleSentences / Double(sentences)).squareRoot() + C.offset
    }

    /// McLaughlin's sample: ten sentences at the start, ten in the middle, ten at the end; nil when the
    /// text has fewer than 30 sentences.
    public static func sampleGrade(polysyllablesBySentence counts: [Int]) -> Double? {
        let block = PublishedConstants.SMOG.sampleBlock
        guard counts.count >= 3 * block else { return nil }
        let middle = counts.count / 2 - block / 2
        let sample = counts[0..<block] + counts[middle..<(middle + block)] + counts[(counts.count - block)...]
        return grade(polysyllables: sample.reduce(0, +), sentences: 3 * block)
    }
}
