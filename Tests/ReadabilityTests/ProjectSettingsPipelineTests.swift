import Foundation
import PlainlyCheck
import PlainlyModel
import Readability
import Testing

/// `plainly check` finds the project's `.plainly.yaml` above each checked file and uses it.
@Suite struct ProjectSettingsPipelineTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("plainly-settings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("team/papers"), withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    func rules(_ path: String) throws -> [String] {
        try CheckPipeline().check([folder.appendingPathComponent(path).path], options: .init()).files[0].result.findings.map(\.rule)
    }

    @Test func settingsAboveTheFileApplyToIt() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "The VCSE forum will utilise the hall. Your plan will be reviewed every year.\n"
        try write("team/papers/a.txt", text)
        try write("team/papers/b.md", "---\ntitle: B\nprofile: plain\n---\n" + text)
        #expect(try Set(rules("team/papers/a.txt")).isSuperset(of: [Acronym.id, Jargon.id, PassiveVoice.id]))
        try write(".plainly.yaml", "profile: easy-read\nignore: [passive-voice]\nwords: [VCSE, utilise]\n")
        let text1 = try rules("team/papers/a.txt")
        #expect(!text1.contains(Acronym.id) && !text1.contains(Jargon.id) && !text1.contains(PassiveVoice.id), "\(text1)")
        let report = try CheckPipeline().check([folder.appendingPathComponent("team/papers/a.txt").path], options: .init())
        #expect(report.files[0].result.profile.name == .easyRead, "a text file takes the project's profile")
        let source = try CheckPipeline().check([folder.appendingPathComponent("team/papers/b.md").path], options: .init())
        #expect(source.files[0].result.profile.name == .plain, "a source's own profile stands")
        #expect(!source.files[0].result.findings.contains { $0.rule == PassiveVoice.id })
        let asked = try CheckPipeline().check([folder.appendingPathComponent("team/papers/a.txt").path], options: .init(profile: .largePrint))
        #expect(asked.files[0].result.profile.name == .largePrint, "--profile wins")
    }

    @Test func badSettingsStopTheCheckWithEveryProblem() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("team/papers/a.txt", "Some text.\n")
        try write("team/.plainly.yaml", "ignore: [jargn]\ncolour: blue\n")
        #expect(throws: CheckError.self) { try CheckPipeline().check([folder.appendingPathComponent("team/papers").path], options: .init()) }
        do {
            _ = try CheckPipeline().check([folder.appendingPathComponent("team/papers/a.txt").path], options: .init())
        } catch {
            let lines = error.description.split(separator: "\n").map(String.init)
            #expect(lines.count == 2, "\(lines)")
            #expect(lines[0].hasSuffix("team/.plainly.yaml:1:10: error: There is no rule 'jargn'. Did you mean 'jargon'? The rules are: "
                + RuleRegistry.all.map { $0.id }.joined(separator: ", ") + ". [unknown-rule]"), "\(lines)")
            #expect(lines[1].hasSuffix("team/.plainly.yaml:2:1: error: Unknown setting 'colour'. A settings file may have: profile, ignore, words, rules. [unknown-key]"), "\(lines)")
        }
    }

    @Test func aSwitchNamingNoRuleIsReportedWithTheSource() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("team/papers/c.md", "---\ntitle: C\n---\n<!-- plainly-disable jargn -->\nWe meet on Monday.\n")
        let report = try CheckPipeline().check([folder.appendingPathComponent("team/papers/c.md").path], options: .init())
        #expect(report.files[0].sourceDiagnostics.map(\.id) == ["unknown-switch"])
    }
}
