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
}
