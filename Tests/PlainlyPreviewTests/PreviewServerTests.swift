import Foundation
import PlainlyKit
import PlainlyModel
import PlainlyPreview
import PlainlyTestSupport
import Testing

/// Starts the preview on a free port over a copy of the sample guide, and uses it as a browser would.
@Suite(.serialized) struct PreviewServerTests {
    let checkout = Fixtures.folder.deletingLastPathComponent().deletingLastPathComponent()

    @Test func servesThePageReloadsOnSaveAndRefusesPathsOutside() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plainly-preview-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: checkout.appendingPathComponent("Content/expert-by-experience"), to: folder)

        let preview = try await RunningPreview(folder: folder, fonts: checkout.appendingPathComponent("Fonts"))
        // Kept to the end of the test: the server stops when it goes.
        defer { withExtendedLifetime(preview) {} }
        let port = preview.port
        #expect(port > 0)

        let page = try await offThePool { try RawHTTPConnection.get("/", port: port) }
        #expect(page.status == 200)
        #expect(page.body.contains("Your guide to being an Expert by Experience"))
        #expect(page.body.contains("EventSource(\"/events?since=1\")"))
        // The page's policy forbids scripts but the reload script, which carries the nonce it names.
        let nonce = try #require(page.body.firstMatch(of: /<script nonce="([A-Za-z0-9]+)">/)?.1)
        #expect(page.body.contains("script-src 'nonce-\(nonce)'"))
        #expect(page.body.contains("<a href=\"/check\""), "the bar offers the checker's highlights")
        let check = try await offThePool { try RawHTTPConnection.get("/check", port: port) }
        #expect(check.status == 200)
        #expect(check.body.contains("Readability check") && check.body.contains("<mark class=\"hard\">"))
        #expect(check.body.contains("EventSource"), "the highlights reload on save too")
        let picture = try await offThePool { try RawHTTPConnection.get("/assets/pictures/bus.svg", port: port) }
        #expect(picture.status == 200, "pictures are served from the rendered assets")

        for path in ["/../guide.yaml", "/assets/../../guide.yaml", "/%2e%2e/guide.yaml", "/guide.yaml", "/etc/passwd"] {
            #expect(try await offThePool { try RawHTTPConnection.get(path, port: port) }.status == 404, "\(path) must not be served")
        }

        // DNS rebinding: another site's name pointed at 127.0.0.1 reaches the server but is refused.
        for host in ["evil.example", "127.0.0.1.evil.example", "evil.example:\(port)", "127.0.0.1.evil.example:\(port)",
                     "127.0.0.1", "localhost:1", ""] {
            let answer = try await offThePool { try RawHTTPConnection.get("/", port: port, host: host) }
            #expect(answer.status == 421, "Host '\(host)' must be refused")
            #expect(!answer.body.contains("Expert by Experience"))
        }
        for host in ["127.0.0.1:\(port)", "localhost:\(port)", "LOCALHOST:\(port)", "[::1]:\(port)"] {
            #expect(try await offThePool { try RawHTTPConnection.get("/", port: port, host: host) }.status == 200, "\(host)")
        }

        let events = try RawHTTPConnection(port: port)
        try events.send(get: "/events?since=1")
        _ = try await offThePool { try events.read(until: "retry: 1000") }

        let part = folder.appendingPathComponent("parts/03-money.md")
        let text = try String(contentsOf: part, encoding: .utf8)
        let saved = Date()
        try Data(text.replacingOccurrences(of: "We pay you £25", with: "We pay you £30").utf8).write(to: part)
        let stream = try await offThePool { try events.read(until: "event: reload\ndata: 2") }
        let reloadDelay = Date().timeIntervalSince(saved)
        #expect(stream.contains("event: reload"))
        #expect(reloadDelay < 1.0, "the reload event should follow a save quickly, took \(reloadDelay)s")
        #expect(try await offThePool { try RawHTTPConnection.get("/", port: port) }.body.contains("We pay you £30"))

        // A bad edit shows the error with file and line; the server keeps running.
        try Data("title: [unclosed\n".utf8).write(to: folder.appendingPathComponent("guide.yaml"), options: .atomic)
        _ = try await offThePool { try events.read(until: "data: 3") }
        let broken = try await offThePool { try RawHTTPConnection.get("/", port: port) }
        #expect(broken.status == 200)
        #expect(broken.body.contains("The preview cannot be shown yet"))
        #expect(broken.body.contains("guide.yaml:"))
    }
}
