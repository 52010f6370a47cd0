import Foundation
import PlainlyModel
import PlainlySource
import Readability
import Testing

/// `<!-- plainly-disable … -->`, `<!-- plainly-enable … -->` and `<!-- plainly-disable-next-line … -->`
/// in a Markdown source, read from the notes the reader keeps.
@Suite struct InlineSwitchesTests {
    static func check(_ body: String) -> CheckResult {
        let reading = SourceReader().read(
            markdown: "---\ntitle: Switches\nprofile: plain\n---\n" + body, file: "doc.md",
            baseDirectory: URL(fileURLWithPath: "/tmp"))
        return CheckService().check(reading.document)
    }

    static func places(_ result: CheckResult, _ rule: String) -> [Int] {
        result.findings.filter { $0.rule == rule }.map(\.location.line)
    }

    @Test func aRuleIsOffFromDisableToEnable() {
        let result = Self.check("""
            We will utilise the hall.

            <!-- plainly-disable jargon -->
            We will utilise the room.

            The ICB will utilise the yard.
            <!-- plainly-enable jargon -->
            We will utilise the garden.
            """)
        #expect(Self.places(result, Jargon.id) == [5, 12])
        #expect(Self.places(result, Acronym.id) == [10], "other rules are still on")
        #expect(result.diagnostics.isEmpty)
    }

    @Test func withNoRulesNamedEveryRuleIsOffToTheEnd() {
        let result = Self.check("""
            We will utilise the hall.

            <!-- plainly-disable -->
            The ICB will utilise the room.
            """)
        #expect(Self.places(result, Jargon.id) == [5])
        #expect(Self.places(result, Acronym.id).isEmpty)
    }

    @Test func enablingSomeRulesKeepsTheOthersOff() {
        let result = Self.check("""
            <!-- plainly-disable -->
            The ICB will utilise the room.

            <!-- plainly-enable jargon -->
            The CQC will utilise the yard.
            """)
        #expect(Self.places(result, Jargon.id) == [9])
        #expect(Self.places(result, Acronym.id).isEmpty)
    }

    @Test func nextLineCoversOnlyTheBlockBelow() {
        let result = Self.check("""
            <!-- plainly-disable-next-line jargon, acronym -->
            The ICB will utilise the room.

            The CQC will utilise the yard.
            """)
        #expect(Self.places(result, Jargon.id) == [8])
        #expect(Self.places(result, Acronym.id) == [8])
    }

    /// A finding about the whole text is switched off by a disable never enabled again.
    @Test func wholeTextFindingsNeedADisableToTheEnd() {
        // Three sentences: the average speaks about a text of several (`AverageSentenceLength.minimumSentences`).
        let long = String(repeating: "We go and see the sea and then we come back home for tea and cake and a chat with all our good friends. ", count: 3)
        #expect(Self.places(Self.check(long + "\n"), AverageSentenceLength.id).count == 1)
        #expect(Self.places(Self.check("<!-- plainly-disable average-sentence-length -->\n" + long + "\n"), AverageSentenceLength.id).isEmpty)
    }

    @Test func unknownNamesAreWarningsAtTheNote() {
        let result = Self.check("""
            <!-- plainly-disable jargn -->
            We will utilise the room.

            <!-- plainly-disabel jargon -->
            We will utilise the hall.

            <!-- just a note to Sam -->
            """)
        #expect(result.diagnostics.map { $0.formatted() } == [
            "doc.md:5:1: warning: There is no rule 'jargn' for 'plainly-disable' to switch. Did you mean 'jargon'? [unknown-switch]",
            "doc.md:8:1: warning: 'plainly-disabel' is not one of Plainly's switches, so it does nothing. Did you mean 'plainly-disable'? [unknown-switch]",
        ])
        #expect(Self.places(result, Jargon.id) == [6, 9], "a switch naming no known rule switches nothing")
    }

    @Test func switchesPastTheLimitAreIgnoredWithAWarning() {
        var body = ""
        for _ in 0..<InlineSwitches.maximumSwitches { body += "<!-- plainly-disable-next-line acronym -->\nThe ICB met.\n\n" }
        body += "<!-- plainly-disable jargon -->\nWe will utilise the room.\n"
        let result = Self.check(body)
        #expect(result.diagnostics.map(\.id) == ["too-many-switches"])
        #expect(Self.places(result, Jargon.id).count == 1)
        #expect(Self.places(result, Acronym.id).isEmpty)
    }
}
