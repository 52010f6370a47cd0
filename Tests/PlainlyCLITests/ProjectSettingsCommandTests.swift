import Foundation
import PlainlyCLI
import PlainlyTestSupport
import Testing

/// One `.plainly.yaml` above a guide, and `check`, `status` and `build --final` agree on what it
/// ignores and accepts: each finds it the same way (`ProjectCheckSettings`).
@Suite struct ProjectSettingsCommandTests {
    func guide() throws -> Scratch {
        let scratch = try Scratch()
        try scratch.write("guides/meeting/guide.yaml", SettingsSamples.guideYAML)
        try scratch.write("guides/meeting/one.md", SettingsSamples.part)
        return scratch
    }

    @Test func withoutSettingsAllThreeSeeTheError() throws {
        let scratch = try guide()
        let check = plainly("check", scratch.path("guides/meeting"))
        #expect(check.code == 1)
        #expect(check.out.contains("[long-sentence]") && check.out.contains("[jargon]"))
        let status = plainly("status", scratch.path("guides/meeting"))
        #expect(status.code == 1)
        #expect(status.out.contains("[long-sentence]"))
        let final = plainly("build", scratch.path("guides/meeting"), "--final", "--format", "txt", "--out", scratch.path("out"))
        #expect(final.code == 1)
        #expect(final.err.contains("[long-sentence]"))
        #expect(!scratch.exists("out"))
    }

    @Test func ignoredRulesAndWordsAreIgnoredByAllThree() throws {
        let scratch = try guide()
        try scratch.write(".plainly.yaml", SettingsSamples.ignoreAndWords)
        let check = plainly("check", scratch.path("guides/meeting"), "--severity", "note")
        #expect(check.code == 0, "\(check.out)")
        #expect(!check.out.contains("[long-sentence]") && !check.out.contains("[jargon]"))
        let status = plainly("status", scratch.path("guides/meeting"))
        #expect(status.code == 0, "\(status.out)")
        #expect(status.out.contains("Ready to be final"))
        let final = plainly("build", scratch.path("guides/meeting"), "--final", "--format", "txt", "--out", scratch.path("out"))
        #expect(final.code == 0, "\(final.err)")
        #expect(scratch.exists("out/meeting.txt"))
    }

    /// Settings with a problem: `check` stops (exit 2), `status` and `--final` name it as what is left.
    @Test func settingsWithProblemsAreNamedByAllThree() throws {
        let scratch = try guide()
        try scratch.write(".plainly.yaml", SettingsSamples.misspelt)
        let check = plainly("check", scratch.path("guides/meeting"))
        #expect(check.code == 2)
        #expect(check.err.contains(".plainly.yaml:1:10: error: There is no rule 'jargn'."))
        let status = plainly("status", scratch.path("guides/meeting"))
        #expect(status.code == 1)
        #expect(status.out.contains(".plainly.yaml:1:10: There is no rule 'jargn'."))
        let final = plainly("build", scratch.path("guides/meeting"), "--final", "--format", "txt", "--out", scratch.path("out"))
        #expect(final.code == 1)
        #expect(final.err.contains(".plainly.yaml:1:10: There is no rule 'jargn'."))
    }
}
