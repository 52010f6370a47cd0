import Testing

@testable import PictureBank

@Suite struct WordFormsTests {
    @Test func splitsTextIntoLowercaseWordsWithoutPossessives() {
        #expect(WordForms.words(in: "Someone's GP, at 10 o'clock!") == ["someone", "gp", "at", "10", "oclock"])
    }

    @Test(arguments: [
        ("appointments", "appointment"), ("paid", "pay"), ("worried", "worry"), ("worrying", "worry"),
        ("caring", "care"), ("cars", "car"), ("shopping", "shop"), ("complained", "complain"),
        ("color", "colour"), ("organized", "organised"), ("centers", "centre"), ("mom", "mum"), ("children", "child"),
        ("carers", "carer"), ("boxes", "box"), ("agreed", "agree"),
    ])
    func readsAWordAsTheFormTheBankKnows(written: String, known: String) {
        let vocabulary = Vocabulary([known, "car", "care", "worry", "shop", "pay", "appointment", "child", "carer"])
        #expect(vocabulary.canonical(written) == known)
    }

    @Test func leavesAWordItCannotPlaceAsItIs() {
        #expect(Vocabulary(["doctor"]).canonical("xylograph") == "xylograph")
    }
}
