import Foundation
import Testing

@Suite struct NewCommandTests {
    @Test(arguments: ["guide", "newsletter", "paper"])
    func starterBuildsAtOnceWithoutFindings(kind: String) throws {
        let scratch = try Scratch()
        let created = plainly("new", kind, scratch.path("mine"))
        #expect(created.code == 0, "\(created.err)")
        #expect(created.out.contains("Next: edit the files, then run: plainly build"))
        let source = kind == "paper" ? scratch.path("mine/paper.md") : scratch.path("mine")
        let built = plainly("build", source, "--format", "txt", "--out", scratch.path("out"))
        #expect(built.code == 0, "\(built.err)")
        #expect(built.err.isEmpty, "a starter should have nothing to fix: \(built.err)")
    }

    @Test func refusesToOverwriteAnExistingFolder() throws {
        let scratch = try Scratch()
        try scratch.write("mine/notes.md", "My work.\n")
        let result = plainly("new", "guide", scratch.path("mine"))
        #expect(result.code == 2)
        #expect(result.err.contains("already exists and is not empty"))
        #expect(scratch.listing() == ["mine/notes.md"])
    }

    @Test func unknownKindIsAUsageError() throws {
        let scratch = try Scratch()
        #expect(plainly("new", "leaflet", scratch.path("x")).code == 2)
        #expect(!scratch.exists("x"))
    }
}
