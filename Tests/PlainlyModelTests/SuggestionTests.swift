import Testing

@testable import PlainlyModel

@Suite struct SuggestionTests {
    static let commands = ["build", "check", "status", "new", "preview"]

    @Test(arguments: [
        ("biuld", "build"), ("buidl", "build"), ("bulid", "build"), ("chek", "check"), ("preveiw", "preview"),
        ("stats", "status"), ("BUILD", "build"),
    ])
    func aSlipFindsTheCommand(typed: String, meant: String) {
        #expect(Suggestion.closest(to: typed, among: Self.commands) == meant)
    }

    @Test(arguments: ["make", "x", "", "publish"])
    func aDifferentWordFindsNothing(typed: String) {
        #expect(Suggestion.closest(to: typed, among: Self.commands) == nil)
    }

    @Test func aKeyCutShortFindsTheWholeKey() {
        #expect(Suggestion.closest(to: "review", among: ["title", "review-date", "version"]) == "review-date")
    }

    @Test func editDistanceCountsASwapAsOneSlip() {
        #expect(Suggestion.editDistance("abcd", "abdc") == 1)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("", "abc") == 3)
    }
}
