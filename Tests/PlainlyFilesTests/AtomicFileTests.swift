import Foundation
import Testing

@testable import PlainlyFiles

@Suite struct AtomicFileTests {
    @Test func replacesAFileWhole() throws {
        let folder = try TemporaryFolder()
        try folder.write("report.txt", "old")
        try AtomicFile.write(Data("new".utf8), to: folder.at("report.txt"), shown: "report.txt")
        #expect(try folder.read("report.txt") == "new")
        #expect(try folder.entries() == ["report.txt"])
    }

    @Test(arguments: [
        ("folder", "folder: error: cannot write: it is a folder, not a file"),
        ("missing/report.txt", "missing/report.txt: error: cannot write: the folder it goes in does not exist"),
    ])
    func failuresAreSentences(path: String, message: String) throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.at("folder"), withIntermediateDirectories: true)
        let error = #expect(throws: FileWriteError.self) {
            try AtomicFile.write(Data("x".utf8), to: folder.at(path), shown: path)
        }
        #expect(error?.description == message)
    }

    /// Written a piece at a time, the file appears whole only when committed.
    @Test func aWriterPutsTheFileInPlaceOnlyWhenCommitted() throws {
        let folder = try TemporaryFolder()
        try folder.write("report.txt", "old")
        let writer = try AtomicFileWriter(to: folder.at("report.txt"), shown: "report.txt")
        writer.write(Array("new ".utf8))
        writer.write(Array("report".utf8))
        #expect(try folder.read("report.txt") == "old")
        try writer.commit()
        #expect(try folder.read("report.txt") == "new report")
        #expect(try folder.entries() == ["report.txt"])
    }

    @Test func aWriterDiscardedLeavesTheFileAsItWas() throws {
        let folder = try TemporaryFolder()
        try folder.write("report.txt", "old")
        do {
            let writer = try AtomicFileWriter(to: folder.at("report.txt"), shown: "report.txt")
            writer.write(Array("half a rep".utf8))
        }  // never committed
        #expect(try folder.read("report.txt") == "old")
        #expect(try folder.entries() == ["report.txt"])
    }

    @Test func aWriterToAFolderSaysWhy() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.at("folder"), withIntermediateDirectories: true)
        let error = #expect(throws: FileWriteError.self) { try AtomicFileWriter(to: folder.at("folder"), shown: "folder") }
        #expect(error?.description == "folder: error: cannot write: it is a folder, not a file")
    }
}

