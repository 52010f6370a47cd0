import Foundation
import PlainlyModel
import PlainlySource
import Testing

/// `.plainly.yaml`: found by walking up from the checked file, read with the front matter's YAML
/// loading and limits, every problem at its line.
@Suite struct ProjectSettingsReaderTests {
    static func read(_ yaml: String) -> (settings: ProjectSettings, problems: [String]) {
        let (settings, problems) = ProjectSettingsReader.read(yaml, shownAs: ".plainly.yaml")
        return (settings, problems.map { $0.formatted() })
    }

    @Test func readsEverySetting() {
        let (settings, problems) = Self.read("""
            profile: Large-Print
            ignore: [passive-voice, hard-word]
            words:
              - Brookfield
              - going forward
            rules:
              long-sentence:
                warning: 20
                error: 30
              jargon: { severity: note }
            """)
        #expect(problems.isEmpty, "\(problems)")
        #expect(settings.profile == .largePrint)
        #expect(settings.ignoredRules.map(\.name) == ["passive-voice", "hard-word"])
        #expect(settings.ignoredRules[1].location.line == 2)
        #expect(settings.words == ["Brookfield", "going forward"])
        #expect(settings.rules.map(\.rule.name) == ["long-sentence", "jargon"])
        #expect(settings.rules[0].settings.map(\.value) == [.number(20), .number(30)])
        #expect(settings.rules[0].settings[1].name.location.line == 9)
        #expect(settings.rules[1].settings.map(\.value) == [.severity(.note)])
    }

    @Test func aSingleNameNeedsNoList() {
        let (settings, problems) = Self.read("ignore: passive-voice\nwords: Brookfield\n")
        #expect(problems.isEmpty)
        #expect(settings.ignoredRules.map(\.name) == ["passive-voice"] && settings.words == ["Brookfield"])
    }

    @Test(arguments: [
        ("profil: plain\n", ".plainly.yaml:1:1: error: Unknown setting 'profil'. Did you mean 'profile'? A settings file may have: profile, ignore, words, rules. [unknown-key]"),
        ("profile: comic\n", ".plainly.yaml:1:10: error: 'profile' must be one of 'easy-read', 'large-print', 'plain'; found 'comic'. [bad-value]"),
        ("rules:\n  long-sentence:\n    warning: twenty\n", ".plainly.yaml:3:14: error: 'long-sentence: warning' must be a whole number from 1 to 1000; found 'twenty'. [bad-value]"),
        ("rules:\n  long-sentence:\n    warning: 5000\n", ".plainly.yaml:3:14: error: 'long-sentence: warning' must be a whole number from 1 to 1000; found '5000'. [bad-value]"),
        ("rules:\n  jargon:\n    severity: loud\n", ".plainly.yaml:3:15: error: 'severity' must be one of 'error', 'warning', 'note'; found 'loud'. [bad-value]"),
        ("words: {a: b}\n", ".plainly.yaml:1:8: error: 'words' should be some text, but it is a set of keys. [wrong-type]"),
        ("- just a list\n", ".plainly.yaml:1:1: error: '.plainly.yaml' should be a set of keys, one a line, but it is a list. [wrong-type]"),
        ("a: &x [1]\nb: *x\n", ".plainly.yaml:2:4: error: YAML aliases (*name) are not used in Plainly's metadata; write the value out in full. [bad-yaml]"),
    ])
    func badSettingsAreErrorsAtTheirLine(yaml: String, message: String) {
        #expect(Self.read(yaml).problems == [message])
    }

    @Test func theYAMLNestingLimitHolds() {
        let deep = "words: " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "\n"
        #expect(Self.read(deep).problems.first?.contains("nested more than 64 deep") == true)
    }

    @Test func wordsAreLimited() {
        let many = "words: [" + (0...ProjectSettingsReader.maximumWords).map { "w\($0)" }.joined(separator: ", ") + "]\n"
        #expect(Self.read(many).problems == [
            ".plainly.yaml:1:8: error: 'words' has 10001 words; at most 10000 are read. Keep the words your documents use. [bad-value]",
        ])
        let long = "words:\n  - " + String(repeating: "a", count: ProjectSettingsReader.maximumWordLength + 1) + "\n"
        #expect(Self.read(long).problems.first?.contains("longer than 100 characters") == true)
        let fine = "words: [" + (1...ProjectSettingsReader.maximumWords).map { "w\($0)" }.joined(separator: ", ") + "]\n"
        #expect(Self.read(fine).problems.isEmpty)
    }

    @Test func theNearestSettingsAboveTheFileAreFound() throws {
        let folder = try TemporaryFolder()
        try folder.write(".plainly.yaml", "words: [outer]\n")
        try folder.write("team/papers/2026/paper.md", "# Paper\n")
        let found = ProjectSettingsReader.find(from: folder.path("team/papers/2026"))
        #expect(found?.standardizedFileURL.path == folder.path(".plainly.yaml").standardizedFileURL.path)
        try folder.write("team/.plainly.yaml", "words: [inner]\n")
        let nearer = try #require(ProjectSettingsReader.find(from: folder.path("team/papers/2026")))
        #expect(nearer.standardizedFileURL.path == folder.path("team/.plainly.yaml").standardizedFileURL.path)
        #expect(ProjectSettingsReader.read(at: nearer, shownAs: "team/.plainly.yaml").settings.words == ["inner"])
    }

    @Test func aLargeFileOrAFolderIsRefused() throws {
        let folder = try TemporaryFolder()
        try folder.sparse(".plainly.yaml", size: ProjectSettingsReader.maximumFileBytes + 1)
        #expect(ProjectSettingsReader.read(at: folder.path(".plainly.yaml"), shownAs: ".plainly.yaml").problems.map { $0.formatted() }
            == [".plainly.yaml:1:1: error: The settings file is larger than 256 KB; a settings file needs a few dozen lines. [bad-settings]"])
        let other = try TemporaryFolder()
        try FileManager.default.createDirectory(at: other.path(".plainly.yaml"), withIntermediateDirectories: true)
        #expect(ProjectSettingsReader.read(at: other.path(".plainly.yaml"), shownAs: ".plainly.yaml").problems.map { $0.formatted() }
            == [".plainly.yaml:1:1: error: '.plainly.yaml' here is not an ordinary file. [bad-settings]"])
    }

    @Test func settingsThatAreNotUTF8AreRefusedAtTheirLine() throws {
        let folder = try TemporaryFolder()
        try folder.write(".plainly.yaml", Data("words: [caf".utf8) + Data([0xE9]) + Data("]\n".utf8))
        let problems = ProjectSettingsReader.read(at: folder.path(".plainly.yaml"), shownAs: ".plainly.yaml").problems
        #expect(problems.map { $0.formatted() }.first?.hasPrefix(".plainly.yaml:1:12: error: This file is not UTF-8") == true)
    }
}
