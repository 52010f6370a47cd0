import Readability
import Testing

/// Each formula against values worked out by hand from the published constants (exact fractions,
/// rounded once at the end), to 1e-9.
@Suite struct FormulaTests {
    static let tolerance = 1e-9

    @Test func fleschReadingEase() {
        // 206.835 − 1.015 × 100/5 − 84.6 × 150/100 = 206.835 − 20.3 − 126.9
        #expect(abs(FleschReadingEase.score(words: 100, sentences: 5, syllables: 150) - 59.635) < Self.tolerance)
        // 206.835 − 1.015 × 17/3 − 84.6 × 29/17
        #expect(abs(FleschReadingEase.score(words: 17, sentences: 3, syllables: 29) - 56.765686274509804) < Self.tolerance)
    }

    @Test func fleschKincaidGrade() {
        // 0.39 × 20 + 11.8 × 1.5 − 15.59 = 7.8 + 17.7 − 15.59
        #expect(abs(FleschKincaidGrade.grade(words: 100, sentences: 5, syllables: 150) - 9.91) < Self.tolerance)
        #expect(abs(FleschKincaidGrade.grade(words: 17, sentences: 3, syllables: 29) - 6.749411764705882) < Self.tolerance)
    }

    @Test func gunningFog() {
        // 0.4 × (20 + 100 × 10/100)
        #expect(abs(GunningFog.index(words: 100, sentences: 5, complexWords: 10) - 12.0) < Self.tolerance)
        #expect(abs(GunningFog.index(words: 17, sentences: 3, complexWords: 2) - 6.972549019607843) < Self.tolerance)
    }

    @Test func smog() {
        // 1.0430 × √(4 × 30/3) + 3.1291 = 1.0430 × √40 + 3.1291
        #expect(abs(SMOG.grade(polysyllables: 4, sentences: 3) - 9.725611199111238) < Self.tolerance)
        // 30 sentences: 1.5 polysyllables each in the first 10, 1 in the middle 10, 2 in the last 10.
        var counts = [Int](repeating: 0, count: 50)
        for index in 0..<10 { counts[index] = index % 2 == 0 ? 1 : 2 }  // 15
        for index in 20..<30 { counts[index] = 1 }  // middle block for 50 sentences is 20..<30: 10
        for index in 40..<50 { counts[index] = 2 }  // 20
        counts[35] = 9  // outside the sample: must not count
        // 1.0430 × √45 + 3.1291
        #expect(abs(SMOG.sampleGrade(polysyllablesBySentence: counts)! - 10.125756701596842) < Self.tolerance)
        #expect(SMOG.sampleGrade(polysyllablesBySentence: [Int](repeating: 3, count: 29)) == nil)
    }

    @Test func colemanLiau() {
        // 0.0588 × 450 − 0.296 × 5 − 15.8 = 26.46 − 1.48 − 15.8
        #expect(abs(ColemanLiau.index(letters: 450, words: 100, sentences: 5) - 9.18) < Self.tolerance)
        #expect(abs(ColemanLiau.index(letters: 71, words: 17, sentences: 3) - 3.5341176470588236) < Self.tolerance)
    }

    @Test func automatedReadabilityIndex() {
        // 4.71 × 4.8 + 0.5 × 20 − 21.43 = 22.608 + 10 − 21.43
        #expect(abs(AutomatedReadabilityIndex.index(characters: 480, words: 100, sentences: 5) - 11.178) < Self.tolerance)
        #expect(abs(AutomatedReadabilityIndex.index(characters: 75, words: 17, sentences: 3) - 2.1827450980392156) < Self.tolerance)
    }

    @Test func ukReadingAge() {
        #expect(abs(UKReadingAge.years(fromUSGrade: 9.91) - 14.91) < Self.tolerance)
    }

    @Test func tooLittleTextHasNoScores() {
        #expect(Scores(TextCounts(sentences: 1, words: 12, syllables: 15)) == nil)
        #expect(Scores(TextCounts(sentences: 2, words: 30, syllables: 40)) != nil)
    }
}
