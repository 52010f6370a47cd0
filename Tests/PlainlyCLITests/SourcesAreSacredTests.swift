import Foundation
import PlainlyCLI
import Testing

/// Issue 11's first promise: no command changes, replaces or swallows a source, whatever `--out` says.
@Suite struct SourcesAreSacredTests {
    private func snapshot(_ scratch: Scratch) throws -> [String: String] {
        var files: [String: String] = [:]
        for path in scratch.listing() { files[path] = try scratch.read(path) }
        return files
    }

    @Test func anOutputFolderHoldingTheGuideIsRefused() throws {
        let scratch = try Scratch()
        try scratch.write("w/html/guide.yaml", "title: G\nparts:\n  - parts/a.md\n")
        try scratch.write("w/html/parts/a.md", "---\ntitle: A\nstatus: agreed\n---\n\nHi.\n")
        let before = try snapshot(scratch)
        let result = plainly("build", scratch.path("w/html"), "--out", scratch.path("w"))
        #expect(result.code == 2)
        #expect(result.err.contains("refusing to write here: it holds the source '\(scratch.path("w/html"))'"), "\(result.err)")
        #expect(try snapshot(scratch) == before, "sources byte-identical, nothing written")
    }

    @Test func theSourceFolderItselfIsRefusedAsOutput() throws {
        let scratch = try Scratch()
        try scratch.write("g/guide.yaml", "title: G\nparts:\n  - doc.md\n")
        try scratch.write("g/doc.md", "---\ntitle: Doc\n---\n\nHi.\n")
        try scratch.write("g/doc.txt", "a part's notes, not an output")
        let before = try snapshot(scratch)
        for out in ["g", "g/out", "g/."] {
            let result = plainly("build", scratch.path("g"), "--format", "txt", "--out", scratch.path(out))
            #expect(result.code == 2, "\(out): \(result.err)")
            #expect(result.err.contains("refusing to write here"))
        }
        #expect(try snapshot(scratch) == before)
    }

    @Test(arguments: ["page.html", "paper.md", "notes.txt"])
    func aReportOverTheCheckedFileIsRefused(name: String) throws {
        let scratch = try Scratch()
        let text = name.hasSuffix(".html") ? "<html><body><p>We will meet on Monday.</p></body></html>" : "We will meet on Monday.\n"
        try scratch.write(name, text)
        let result = plainly("check", scratch.path(name), "--format", "html", "--out", scratch.path(name))
        #expect(result.code == 2)
        #expect(result.err.contains("refusing to write here: it is the source"), "\(result.err)")
        #expect(try scratch.read(name) == text)
    }

    @Test func aReportInsideACheckedFolderIsRefused() throws {
        let scratch = try Scratch()
        try scratch.write("papers/a.txt", "We will meet on Monday.\n")
        let result = plainly("check", scratch.path("papers"), "--out", scratch.path("papers/report.txt"))
        #expect(result.code == 2)
        #expect(result.err.contains("it is inside the source folder"), "\(result.err)")
        #expect(scratch.listing() == ["papers/a.txt"])
    }

    @Test func writeFailuresAreSentencesNotCocoaErrors() throws {
        let scratch = try Scratch()
        try scratch.write("doc.md", "# Doc\n\nHi.\n")
        try scratch.write("a-file", "x")
        try FileManager.default.createDirectory(atPath: scratch.path("a-folder"), withIntermediateDirectories: true)
        let build = plainly("build", scratch.path("doc.md"), "--format", "txt", "--out", scratch.path("a-file"))
        #expect(build.code == 2)
        #expect(build.err.contains("cannot write: it is a file, not a folder"), "\(build.err)")
        let check = plainly("check", scratch.path("doc.md"), "--out", scratch.path("a-folder"))
        #expect(check.code == 2)
        #expect(check.err.contains("cannot write: it is a folder, not a file"), "\(check.err)")
        for message in [build.err, check.err] { #expect(!message.contains("NSCocoaErrorDomain")) }
    }

    @Test func aFolderOfOtherThingsIsNeverReplaced() throws {
        let scratch = try Scratch()
        try scratch.write("doc.md", "# Doc\n\nHi.\n")
        try scratch.write("mine/holiday.jpg", "photo")
        let result = plainly("build", scratch.path("doc.md"), "--format", "txt", "--out", scratch.path("mine"))
        #expect(result.code == 2)
        #expect(result.err.contains("already holds 'holiday.jpg', which Plainly did not make"), "\(result.err)")
        #expect(scratch.listing() == ["doc.md", "mine/holiday.jpg"])
    }

    @Test func aFailedBuildChangesNothingInTheOutputFolder() throws {
        let scratch = try Scratch()
        try scratch.write("doc.md", "# Doc\n\nHi.\n")
        #expect(plainly("build", scratch.path("doc.md"), "--format", "txt", "--out", scratch.path("out")).code == 0)
        let before = try snapshot(scratch)
        try scratch.write("doc.md", "# Doc\n\nChanged.\n")
        // The PDF cannot be made without fonts: the whole build fails, so the text is not replaced either.
        let result = plainly("build", scratch.path("doc.md"), "--format", "txt,pdf", "--out", scratch.path("out"),
                             "--fonts", scratch.path("no-fonts"))
        #expect(result.code == 2)
        var after = try snapshot(scratch)
        after["doc.md"] = before["doc.md"]
        #expect(after == before)
    }

    @Test func aOneLetterOutputFolderWritten() throws {
        let scratch = try Scratch()
        try scratch.write("doc.md", "# Doc\n\nHi.\n")
        let result = PlainlyMain.runCapturing(["build", "doc.md", "--format", "txt", "--out", "o"], workingDirectory: scratch.folder)
        #expect(result.code == 0, "\(result.err)")
        #expect(try scratch.read("o/doc.txt").contains("Hi."))
    }
}
