import Foundation
import PlainlyKit
import PlainlyModel
import PlainlyPreview
import PlainlyTestSupport
import Testing

/// The group screen over a copy of the sample guide: choosing a picture and agreeing a part change
/// one line each and can be undone; a request without the page's token, from another origin or for
/// a file that is not the guide's own changes nothing.
@Suite(.serialized) struct GroupScreenTests {
    let checkout = Fixtures.folder.deletingLastPathComponent().deletingLastPathComponent()

    private func form(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
    }

    /// Every byte of every file in the folder, to show that nothing changed.
    private func contents(of folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                result[url.path] = try Data(contentsOf: url)
            }
        }
        return result
    }

    @Test func choosesAgreesUndoesAndRefusesForgedRequests() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plainly-group-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: checkout.appendingPathComponent("Content/expert-by-experience"), to: folder)
        let outside = folder.deletingLastPathComponent().appendingPathComponent("outside-\(UUID().uuidString).md")
        try Data("---\ntitle: Not the guide's\nstatus: draft\n---\nHi.\n".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }

        let preview = try await RunningPreview(folder: folder, fonts: checkout.appendingPathComponent("Fonts"))
        // Kept to the end of the test: the server stops when it goes.
        defer { withExtendedLifetime(preview) {} }
        let port = preview.port
        let origin = "http://127.0.0.1:\(port)"

        let screen = try await offThePool { try RawHTTPConnection.get("/group", port: port) }
        #expect(screen.status == 200)
        let token = try #require(screen.body.firstMatch(of: /name="token" value="([0-9a-f]{64})"/)?.1).description
        #expect(screen.body.contains("Picture for: Two people talking across a desk at a job interview"))
        #expect(screen.body.contains("<img src=\"/bank/"))
        #expect(screen.body.contains("We agree this part"))
        let thumbnail = try #require(screen.body.firstMatch(of: /src="(\/bank\/[^"]+\.svg)"/)?.1).description
        let svg = try await offThePool { try RawHTTPConnection.get(thumbnail, port: port) }
        #expect(svg.status == 200 && svg.body.contains("<svg"))

        let part = folder.appendingPathComponent("parts/02-what-you-could-do.md")
        let slotLine = "![Two people talking across a desk at a job interview]()"
        let original = try String(contentsOf: part, encoding: .utf8)
        let line = try #require(original.components(separatedBy: "\n").firstIndex { $0.contains(slotLine) }) + 1
        let choose = [("file", "parts/02-what-you-could-do.md"), ("line", String(line)),
                      ("description", "Two people talking across a desk at a job interview"), ("symbol", "desk")]

        // Forged: no token, a wrong token, another origin, no origin, another Host, files not the guide's own.
        let before = try contents(of: folder)
        let forged: [(form: [(String, String)], origin: String?, host: String?, status: Int)] = [
            (choose, origin, nil, 403),
            ([("token", String(repeating: "0", count: 64))] + choose, origin, nil, 403),
            ([("token", token)] + choose, "http://evil.example", nil, 403),
            ([("token", token)] + choose, nil, nil, 403),
            ([("token", token)] + choose, "http://evil.example:\(port)", "evil.example:\(port)", 421),
        ]
        for attempt in forged {
            let answer = try await offThePool {
                try RawHTTPConnection.post("/group/choose", form: form(attempt.form), port: port, host: attempt.host, origin: attempt.origin)
            }
            #expect(answer.status == attempt.status, "\(attempt.origin ?? "no origin") \(attempt.host ?? "")")
        }
        for file in ["../\(outside.lastPathComponent)", outside.path, "guide.yaml", "parts/../guide.yaml"] {
            let answer = try await offThePool {
                try RawHTTPConnection.post("/group/agree", form: form([("token", token), ("file", file)]), port: port, origin: origin)
            }
            #expect(answer.status == 303)
        }
        #expect(try contents(of: folder) == before, "a refused request changed a file")
        #expect(try String(contentsOf: outside, encoding: .utf8).contains("status: draft"))

        // The real page's request changes the one line, atomically, and says so.
        let chosen = try await offThePool {
            try RawHTTPConnection.post("/group/choose", form: form([("token", token)] + choose), port: port, origin: origin)
        }
        #expect(chosen.status == 303)
        let changed = try String(contentsOf: part, encoding: .utf8)
        #expect(changed == original.replacingOccurrences(of: slotLine, with: "![Two people talking across a desk at a job interview](bank:desk)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: part.deletingLastPathComponent().path).allSatisfy { !$0.hasPrefix(".") },
                "no temporary file is left behind")
        let after = try await offThePool { try RawHTTPConnection.get("/group", port: port) }
        #expect(after.body.contains("Chose the picture 'desk'"))
        #expect(!after.body.contains("Picture for: Two people talking across a desk"))

        // The same choice again: the slot is no longer empty, so nothing changes.
        _ = try await offThePool {
            try RawHTTPConnection.post("/group/choose", form: form([("token", token)] + choose), port: port, origin: origin)
        }
        #expect(try String(contentsOf: part, encoding: .utf8) == changed)

        // Agreeing a draft part changes its status line only.
        let draft = folder.appendingPathComponent("parts/05-you-said-we-did.md")
        let draftText = try String(contentsOf: draft, encoding: .utf8)
        let agreed = try await offThePool {
            try RawHTTPConnection.post("/group/agree", form: form([("token", token), ("file", "parts/05-you-said-we-did.md"),
                                                                    ("who", "Maya and Dev")]), port: port, origin: origin)
        }
        #expect(agreed.status == 303)
        let agreedText = try String(contentsOf: draft, encoding: .utf8)
        #expect(agreedText.contains("status: agreed  # agreed on "))
        #expect(agreedText.contains(" with Maya and Dev\n"))
        #expect(agreedText.components(separatedBy: "\n").count == draftText.components(separatedBy: "\n").count)

        // Undo takes back the newest change, then the one before.
        for expected in [(draft, draftText), (part, original)] {
            let undone = try await offThePool {
                try RawHTTPConnection.post("/group/undo", form: form([("token", token)]), port: port, origin: origin)
            }
            #expect(undone.status == 303)
            #expect(try String(contentsOf: expected.0, encoding: .utf8) == expected.1)
        }
        #expect(try contents(of: folder) == before)
    }
}
