import Testing

@testable import PlainlyModel

/// The one rule for where a sentence ends, shared by the tokeniser and the line breaker.
@Suite struct SentenceEndTests {
    @Test(arguments: [
        ("home.", "Then", true), ("home?", "then", true), ("home!\"", nil, true), ("(home.)", "We", true),
        ("Dr.", "Patel", false), ("e.g.", "a", false), ("No.", "4", false), ("Mr.", nil, false),
        ("etc.", "Then", true), ("etc.", "and", false), ("etc.", nil, true),
        ("J.", "Smith", false), ("J.", nil, true), ("home", "Then", false), ("home,", "then", false),
    ] as [(String, String?, Bool)])
    func endsWhereTheTokeniserSays(word: String, next: String?, ends: Bool) {
        #expect(SentenceEnd.ends(word, next: next) == ends)
    }

    @Test func titlesMatchOnlyAsWrittenAndOtherAbbreviationsInAnyCase() {
        #expect(Abbreviation.named("Dr")?.ending == .never)
        #expect(Abbreviation.named("dr") == nil, "'dr' is not the title")
        #expect(Abbreviation.named("E.g")?.written == "e.g")
        #expect(Abbreviation.named("ETC")?.ending == .capital)
    }
}
