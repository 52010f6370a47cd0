import Foundation
import PlainlyModel
import PlainlySource
import Readability
import Testing

/// A project's settings as the checker uses them: rules ignored, limits, words.
@Suite struct CheckSettingsTests {
    static func resolve(_ yaml: String) -> Result<CheckSettings, ProjectSettings.Problems> {
        let (project, problems) = ProjectSettingsReader.read(yaml, shownAs: ".plainly.yaml")
        #expect(problems.isEmpty, "\(problems)")
        return CheckSettings.resolving(project)
    }

    static func findings(_ text: String, _ settings: CheckSettings, profile: Profile = .plain) -> [Finding] {
        var document = Document.paragraphs([text])
        document.metadata.profile = profile
        return CheckService(settings: settings).check(document).findings
    }

    @Test func ignoredRulesAreNotRunAndLimitsReplaceTheProfiles() throws {
        let settings = try Self.resolve("""
            ignore: [passive-voice]
            rules:
              long-sentence: { warning: 8, error: 12 }
            """).get()
        let sentence = "Your care plan will be reviewed by the team every single year."
        let plain = Self.findings(sentence, CheckSettings())
        #expect(plain.contains { $0.rule == PassiveVoice.id } && !plain.contains { $0.rule == LongSentence.id })
        let adjusted = Self.findings(sentence, settings)
        #expect(!adjusted.contains { $0.rule == PassiveVoice.id })
        #expect(adjusted.first { $0.rule == LongSentence.id }?.severity == .warning)
        #expect(adjusted.first { $0.rule == LongSentence.id }?.message.contains("under 8") == true)
    }

    @Test func aSeverityCanBeChanged() throws {
        let settings = try Self.resolve("rules:\n  jargon: { severity: note }\n").get()
        #expect(Self.findings("We will utilise the hall.", settings).first { $0.rule == Jargon.id }?.severity == .note)
    }

    @Test func projectWordsAreAcceptedByTheWordRules() throws {
        let text = "The VCSE workstream met about eligibility and zorbing."
        let before = Set(Self.findings(text, CheckSettings(), profile: .easyRead).map(\.rule))
        #expect(before.isSuperset(of: [Acronym.id, Jargon.id, HardWord.id, Misspelling.id]), "\(before)")
        let settings = try Self.resolve("words: [VCSE, workstream, eligibility, zorbing]\n").get()
        let after = Set(Self.findings(text, settings, profile: .easyRead).map(\.rule))
        #expect(after.isDisjoint(with: [Acronym.id, Jargon.id, HardWord.id, Misspelling.id]), "\(after)")
    }

    @Test func unknownRulesAndSettingsAreErrorsAtTheirLine() {
        let yaml = "ignore: [jargn]\nrules:\n  long-sentence: { warn: 3 }\n  long-paragraph: { words: 50 }\n  average-sentence-length: { warning: 3, error: 2 }\n"
        guard case .failure(let problems) = Self.resolve(yaml) else {
            Issue.record("bad names must be refused")
            return
        }
        let messages = problems.diagnostics.map { $0.formatted() }
        #expect(messages.count == 4, "\(messages)")
        #expect(messages[0].hasPrefix(".plainly.yaml:1:10: error: There is no rule 'jargn'. Did you mean 'jargon'?"))
        #expect(messages[1] == ".plainly.yaml:3:20: error: 'long-sentence' has no setting 'warn'. Did you mean 'warning'? Its settings are: error, severity, warning. [unknown-key]")
        #expect(messages[2].hasPrefix(".plainly.yaml:5:30: error: 'average-sentence-length' has no setting 'warning'."), "\(messages)")
        #expect(messages[3].hasPrefix(".plainly.yaml:5:42: error: 'average-sentence-length' has no setting 'error'."), "\(messages)")
    }

    @Test func warningMustComeBeforeError() {
        guard case .failure(let problems) = Self.resolve("rules:\n  long-sentence: { warning: 30, error: 20 }\n") else {
            Issue.record("a warning above the error must be refused")
            return
        }
        #expect(problems.diagnostics.map { $0.formatted() } == [
            ".plainly.yaml:2:3: error: 'long-sentence': 'warning' (30) is above 'error' (20); a warning comes before an error. [bad-value]",
        ])
    }
}
