import PlainlyModel
import Testing

@Suite struct AnchorMakerTests {
    @Test(arguments: [
        ("What is an Expert by Experience?", "what-is-an-expert-by-experience"),
        ("You said, we did", "you-said-we-did"),
        ("Who's who", "whos-who"),
        ("2026 dates", "s-2026-dates"),
        ("???", "section"),
        // The same rules when the title is not all ASCII (a slower path of its own).
        ("Who\u{2019}s who", "whos-who"),
        ("Café opening times", "caf-opening-times"),
        ("ÉTÉ 2026", "t-2026"),
        ("Tab\tand  spaces", "tab-and-spaces"),
    ])
    func slugs(title: String, anchor: String) {
        var maker = AnchorMaker()
        #expect(maker.anchor(for: title) == anchor)
    }

    @Test func repeatedTitlesGetNumbered() {
        var maker = AnchorMaker()
        #expect(maker.anchor(for: "Money") == "money")
        #expect(maker.anchor(for: "Money") == "money-2")
        #expect(maker.anchor(for: "money!") == "money-3")
    }
}
