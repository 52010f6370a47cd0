import Foundation
import Testing

@testable import PlainlyFiles

@Suite struct OutputFolderTests {
    private func file(_ path: String, _ text: String) -> OutputFolder.File { .init(path: path, contents: Data(text.utf8)) }
    private let anything: (String, Bool) -> Bool = { _, _ in true }

    @Test func replacesNamedEntriesAndKeepsTheRest() throws {
        let folder = try TemporaryFolder()
        let out = OutputFolder(url: folder.at("out"), shown: "out")
        try out.publish([file("a.txt", "one"), file("a.pdf", "pdf"), file("html/index.html", "old")],
                        replacing: ["a.txt", "a.pdf", "html"], mayHold: anything)
        try out.publish([file("a.txt", "two")], replacing: ["a.txt"], mayHold: anything)
        #expect(try folder.read("out/a.txt") == "two")
        #expect(try folder.read("out/a.pdf") == "pdf", "an output this build does not make is kept")
        #expect(try folder.read("out/html/index.html") == "old")
        #expect(try folder.entries() == ["out"], "no staging folder is left beside it")
    }

    @Test func aReplacedFolderLosesItsOldFiles() throws {
        let folder = try TemporaryFolder()
        let out = OutputFolder(url: folder.at("out"), shown: "out")
        try out.publish([file("html/index.html", "1"), file("html/assets/old.png", "x")], replacing: ["html"], mayHold: anything)
        try out.publish([file("html/index.html", "2")], replacing: ["html"], mayHold: anything)
        #expect(try folder.entries("out/html") == ["index.html"])
    }

    @Test func aFolderOfSomeoneElsesFilesIsRefusedUntouched() throws {
        let folder = try TemporaryFolder()
        try folder.write("out/notes.doc", "mine")
        let out = OutputFolder(url: folder.at("out"), shown: "out")
        #expect(throws: FileWriteError.self) {
            try out.publish([file("a.txt", "x")], replacing: ["a.txt"], mayHold: { name, _ in name.hasSuffix(".txt") })
        }
        #expect(try folder.entries("out") == ["notes.doc"])
        #expect(try folder.entries() == ["out"])
    }

    @Test func aFileWhereTheFolderShouldBeIsAPlainError() throws {
        let folder = try TemporaryFolder()
        try folder.write("out", "a file")
        let out = OutputFolder(url: folder.at("out"), shown: "out")
        let error = #expect(throws: FileWriteError.self) {
            try out.publish([file("a.txt", "x")], replacing: ["a.txt"], mayHold: anything)
        }
        #expect(error?.description == "out: error: cannot write: it is a file, not a folder; give --out a folder")
        #expect(try folder.read("out") == "a file")
    }

    @Test func whatAKilledBuildLeftIsCleanedUp() throws {
        let folder = try TemporaryFolder()
        let out = OutputFolder(url: folder.at("out"), shown: "out")
        try out.publish([file("a.txt", "old")], replacing: ["a.txt"], mayHold: anything)
        // Killed while staging: a half-made new folder.
        try folder.write(".out.plainly-new-99999/a.txt", "half")
        try out.publish([file("a.txt", "new")], replacing: ["a.txt"], mayHold: anything)
        #expect(try folder.entries() == ["out"])
        #expect(try folder.read("out/a.txt") == "new")
    }

    @Test func aSwapCutBetweenItsTwoRenamesIsPutBack() throws {
        let folder = try TemporaryFolder()
        // Where the file system cannot exchange folders, the old folder is moved aside first; a build
        // killed right then leaves no `out`, only the old one under its leftover name.
        try folder.write(".out.plainly-old-99999/a.pdf", "old pdf")
        let out = OutputFolder(url: folder.at("out"), shown: "out")
        try out.publish([file("a.txt", "new")], replacing: ["a.txt"], mayHold: anything)
        #expect(try folder.read("out/a.pdf") == "old pdf", "the old outputs came back before the build went on")
        #expect(try folder.read("out/a.txt") == "new")
        #expect(try folder.entries() == ["out"])
    }

    @Test func twoBuildsIntoOneFolderTakeTurns() async throws {
        let folder = try TemporaryFolder()
        let url = folder.at("out")
        // Each build writes a matching pair; interleaving would leave a mixed pair.
        await withTaskGroup(of: Void.self) { group in
            for build in 0..<8 {
                group.addTask {
                    let out = OutputFolder(url: url, shown: "out")
                    try? out.publish(
                        [.init(path: "a.txt", contents: Data("\(build)".utf8)), .init(path: "b.txt", contents: Data("\(build)".utf8))],
                        replacing: ["a.txt", "b.txt"], mayHold: { _, _ in true })
                }
            }
        }
        #expect(try folder.read("out/a.txt") == folder.read("out/b.txt"))
        #expect(try folder.entries() == ["out"])
    }
}

@Suite struct ParentPathTests {
    @Test(arguments: [("o", "."), ("out/guide", "out"), ("out/guide/", "out"), ("/x", "/"), ("/", "/"), ("a/b/c", "a/b")])
    func theFolderPartOfAPathAsWritten(path: String, parent: String) {
        #expect(parentPath(of: path) == parent)
    }

    @Test func aOneLetterOutputFolderIsPublished() throws {
        // Foundation's deletingLastPathComponent traps on a one-letter path; `--out o` once crashed.
        let folder = try TemporaryFolder()
        try OutputFolder(url: folder.at("o"), shown: "o").publish(
            [.init(path: "a.txt", contents: Data("x".utf8))], replacing: ["a.txt"], mayHold: { _, _ in true })
        #expect(try folder.read("o/a.txt") == "x")
    }
}
