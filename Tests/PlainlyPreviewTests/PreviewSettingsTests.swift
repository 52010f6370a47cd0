import Foundation
import PlainlyKit
import PlainlyTestSupport
import Testing

/// The preview's checker view uses the project's `.plainly.yaml` as `plainly check` does, and checks
/// again when it is saved, added or put right.
@Suite(.serialized) struct PreviewSettingsTests {
    let checkout = Fixtures.folder.deletingLastPathComponent().deletingLastPathComponent()

    @Test func theCheckerViewFollowsTheProjectSettings() async throws {
        let project = FileManager.default.temporaryDirectory.appendingPathComponent("plainly-preview-settings-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: project) }
        let guide = project.appendingPathComponent("guides/meeting")
        try FileManager.default.createDirectory(at: guide, withIntermediateDirectories: true)
        try Data(SettingsSamples.guideYAML.utf8).write(to: guide.appendingPathComponent("guide.yaml"))
        try Data(SettingsSamples.part.utf8).write(to: guide.appendingPathComponent("one.md"))
        let settings = project.appendingPathComponent(".plainly.yaml")

        let preview = try await RunningPreview(folder: guide, fonts: checkout.appendingPathComponent("Fonts"))
        defer { withExtendedLifetime(preview) {} }
        let port = preview.port
        let before = try await offThePool { try RawHTTPConnection.get("/check", port: port) }
        #expect(before.body.contains(", long-sentence)") && before.body.contains(", jargon)"))

        let events = try RawHTTPConnection(port: port)
        try events.send(get: "/events?since=1")
        _ = try await offThePool { try events.read(until: "retry: 1000") }

        // Added above the guide: the rule is ignored and the word accepted.
        try Data(SettingsSamples.ignoreAndWords.utf8).write(to: settings)
        _ = try await offThePool { try events.read(until: "data: 2") }
        let after = try await offThePool { try RawHTTPConnection.get("/check", port: port) }
        #expect(after.status == 200)
        #expect(after.body.contains("Readability check"))
        #expect(!after.body.contains(", long-sentence)") && !after.body.contains(", jargon)"))

        // Settings nobody chose are not used: the view says what is wrong, where, as `check` does.
        try Data(SettingsSamples.misspelt.utf8).write(to: settings, options: .atomic)
        _ = try await offThePool { try events.read(until: "data: 3") }
        let broken = try await offThePool { try RawHTTPConnection.get("/check", port: port) }
        #expect(broken.body.contains(".plainly.yaml:1:10: error: There is no rule"))
        // The page itself still shows.
        #expect(try await offThePool { try RawHTTPConnection.get("/", port: port) }.body.contains("Meeting guide"))
    }
}
