import Foundation
import PlainlyCLI
import PlainlyTestSupport
import Testing

@Suite struct StatusCommandTests {
    private func normalised(_ text: String) -> String {
        text.replacingOccurrences(of: Fixtures.everyConstruct.path, with: "FIXTURE")
    }

    @Test func statusTableMatchesGolden() {
        let result = plainly("status", Fixtures.everyConstruct.path)
        #expect(result.code == 1, "a guide with a draft part and empty slots is not final")
        let outcome = Golden.compare(normalised(result.out), named: "every-construct.status.txt")
        #expect(outcome.passed, "\(outcome.message)")
    }

    @Test func statusJSONMatchesGolden() throws {
        let result = plainly("status", Fixtures.everyConstruct.path, "--format", "json")
        let outcome = Golden.compare(normalised(result.out), named: "every-construct.status.json")
        #expect(outcome.passed, "\(outcome.message)")
        let json = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
        #expect(json?["schema"] as? String == "plainly-status/1")
        #expect((json?["parts"] as? [[String: Any]])?.count == 2)
    }

    @Test func finalBuildRefusesAndSaysWhatIsLeft() throws {
        let scratch = try Scratch()
        let result = plainly("build", Fixtures.everyConstruct.path, "--final", "--format", "txt", "--out", scratch.path("out"))
        #expect(result.code == 1)
        #expect(result.err.contains("Not built: this cannot be final yet."))
        #expect(result.err.contains("parts/02-meetings.md:1:1: 'Our meetings' is still a draft"))
        #expect(result.err.contains("A picture is still to be chosen: A phone ringing."))
        #expect(!scratch.exists("out"))
    }

    @Test func aFinishedDocumentIsFinal() throws {
        let scratch = try Scratch()
        try scratch.write("done/guide.yaml", "title: Done\nparts: [one.md]\n")
        try scratch.write("done/one.md", "---\ntitle: One\nby: Sam\nstatus: agreed\n---\nWe meet on Mondays.\nEveryone is welcome.\n")
        let status = plainly("status", scratch.path("done"))
        #expect(status.code == 0, "\(status.out)\(status.err)")
        #expect(status.out.contains("Ready to be final"))
        let built = plainly("build", scratch.path("done"), "--final", "--format", "txt", "--out", scratch.path("out"))
        #expect(built.code == 0, "\(built.err)")
        #expect(scratch.exists("out/done.txt"))
    }
}
