import PlainlyModel
import Testing

@Suite struct AnchorMakerTests {
    @Test(arguments: [
        ("What is an Expert by Experience?", "what-is-an-expert-by-experience"),
        ("You said, we did", "you-said-we-did"),
        ("Who's who", "whos-who"),
        ("2026 dates", "s-2026-dates"),
        ("???", "section"),
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
