@testable import HTMLWriter
import Testing

/// Hard words are found as people write them and linked once a part.
@Suite struct HardWordLinkerTests {
    let linker = HardWordLinker(terms: [
        ("care plan", "hw-care-plan"), ("care", "hw-care"), ("Advocate", "hw-advocate"),
        ("carer's allowance", "hw-allowance"), ("Ärztin", "hw-arztin"), ("PA", "hw-pa"),
    ])

    /// The text with each linked word in brackets and its anchor: "a [care plan→hw-care-plan]".
    func marked(_ text: String, linked: Set<String> = []) -> String {
        var linked = linked
        return linker.runs(in: text, linked: &linked).map { run in
            switch run {
            case .plain(let s): String(s)
            case .hardWord(let s, let anchor): "[\(s)→\(anchor)]"
            }
        }.joined()
    }

    @Test(arguments: [
        ("Your care plan is ready.", "Your [care plan→hw-care-plan] is ready."),
        ("Your Care  Plan is ready.", "Your [Care  Plan→hw-care-plan] is ready."),
        ("We care.", "We [care→hw-care]."),
        ("An advocate can help.", "An [advocate→hw-advocate] can help."),
        ("Two advocates can help.", "Two [advocates→hw-advocate] can help."),
        ("Careful: a carer is not care staff.", "Careful: a carer is not [care→hw-care] staff."),
        ("Ask about Carer’s Allowance today", "Ask about [Carer’s Allowance→hw-allowance] today"),
        ("Die ärztin kommt.", "Die [ärztin→hw-arztin] kommt."),
        ("Your PA helps. A PAD does not.", "Your [PA→hw-pa] helps. A PAD does not."),
        ("care plan and care plan", "[care plan→hw-care-plan] and care plan"),
        ("", ""),
        ("No hard words here.", "No hard words here."),
    ])
    func linksFirstUse(text: String, expected: String) {
        #expect(marked(text) == expected)
    }

    @Test func aWordAlreadyLinkedInThePartStaysPlain() {
        #expect(marked("An advocate and a care plan.", linked: ["hw-advocate"]) == "An advocate and a [care plan→hw-care-plan].")
        // A longer term already linked is not split into a shorter one.
        #expect(marked("Your care plan.", linked: ["hw-care-plan"]) == "Your care plan.")
    }

    @Test func runsJoinBackToTheText() {
        let text = "Caré plans, care plans and an Advocate’s care."
        var linked: Set<String> = []
        let joined = linker.runs(in: text, linked: &linked).map { run -> String in
            switch run {
            case .plain(let s), .hardWord(let s, _): String(s)
            }
        }.joined()
        #expect(joined == text)
        #expect(linked == ["hw-care-plan", "hw-advocate", "hw-care"])
    }
}
