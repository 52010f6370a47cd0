import Foundation
import PlainlyModel
import PlainlySource
import PlainlyTestSupport
import Testing

@testable import PlainlyKit

/// `plainly status` and `build --final` check a guide with the project's `.plainly.yaml`, found above
/// the guide's folder as `plainly check` finds it: a rule ignored or a word added there counts here too.
@Suite struct ProjectSettingsStatusTests {
    let project: URL
    var guide: URL { project.appendingPathComponent("guides/meeting") }

    init() throws {
        project = FileManager.default.temporaryDirectory.appendingPathComponent("plainly-project-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: project.appendingPathComponent("guides/meeting"), withIntermediateDirectories: true)
        try Data(SettingsSamples.guideYAML.utf8).write(to: project.appendingPathComponent("guides/meeting/guide.yaml"))
        try Data(SettingsSamples.part.utf8).write(to: project.appendingPathComponent("guides/meeting/one.md"))
    }

    func settings(_ yaml: String) throws {
        try Data(yaml.utf8).write(to: project.appendingPathComponent(".plainly.yaml"))
    }

    func status() throws -> DocumentStatus {
        StatusMaker(workingDirectory: project).status(of: try SourceLoader().load(path: guide.path))
    }

    @Test func withoutSettingsTheErrorStopsFinal() throws {
        defer { try? FileManager.default.removeItem(at: project) }
        let status = try status()
        #expect(status.parts.map(\.errors) == [1])
        #expect(status.parts.map(\.warnings) == [1])
        #expect(status.blockers.map(\.kind) == ["checker-error"])
    }

    @Test(arguments: [SettingsSamples.ignoreAndWords, SettingsSamples.limits])
    func ignoredRulesWordsAndLimitsCount(yaml: String) throws {
        defer { try? FileManager.default.removeItem(at: project) }
        try settings(yaml)
        let status = try status()
        #expect(status.parts.map(\.errors) == [0])
        #expect(status.parts.map(\.warnings) == [yaml == SettingsSamples.limits ? 1 : 0], "the sentence is still a warning under the raised limit")
        #expect(status.blockers.isEmpty)
        #expect(status.isFinal)
    }

    /// Settings with a problem are not used (the error still counts) and stop the document being final,
    /// at their line, until they are put right.
    @Test func settingsWithProblemsAreABlockerAtTheirLine() throws {
        defer { try? FileManager.default.removeItem(at: project) }
        try settings(SettingsSamples.misspelt)
        let status = try status()
        #expect(status.blockers.map(\.kind) == ["settings", "checker-error"])
        #expect(status.blockers.first?.location == ".plainly.yaml:1:10")
        #expect(status.blockers.first?.message.hasPrefix("There is no rule 'jargn'. Did you mean 'jargon'?") == true)
        #expect(status.parts.map(\.errors) == [1])
    }

    @Test func finalBuildUsesTheSameSettings() throws {
        defer { try? FileManager.default.removeItem(at: project) }
        let output = project.appendingPathComponent("out")
        let plan = BuildPlan(formats: ["txt"], output: output, isFinal: true)
        let refused = try Builder().build(try SourceLoader().load(path: guide.path), plan: plan)
        #expect(refused.written.isEmpty)
        #expect(refused.notFinal.map(\.kind) == ["checker-error"])
        try settings(SettingsSamples.ignoreAndWords)
        let built = try Builder().build(try SourceLoader().load(path: guide.path), plan: plan)
        #expect(built.notFinal.isEmpty)
        #expect(built.written == ["meeting.txt"])
    }
}
