import Foundation
import PlainlyModel
import Testing

@testable import DocumentReaders

/// Only regular files are opened, never waiting on a pipe, and each within its budget.
@Suite struct InputFileTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("plainly-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// A FIFO named `.txt` hung `check`: opening it waited for a writer that never came.
    @Test func fifoIsRefusedAtOnce() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try #require(mkfifo(path("pipe.txt"), 0o600) == 0)
        #expect(throws: ReadError.notAFile(path: "pipe.txt")) { try InputFile(fileSystemPath: path("pipe.txt"), shownAs: "pipe.txt") }
        #expect(ReadError.notAFile(path: "pipe.txt").description
            == "pipe.txt: error: not a regular file (a folder, pipe or device); Plainly checks only ordinary files")
    }

    @Test func folderAndMissingFileAreSentences() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(atPath: path("notes.txt"), withIntermediateDirectories: true)
        #expect(throws: ReadError.notAFile(path: "notes.txt")) { try InputFile(fileSystemPath: path("notes.txt"), shownAs: "notes.txt") }
        let missing = #expect(throws: ReadError.self) { try InputFile(fileSystemPath: path("gone.txt"), shownAs: "gone.txt") }
        #expect(missing?.description == "gone.txt: error: cannot read: there is no such file")
    }

    /// The whole-input budget: refused by its size when opened, and when read.
    @Test func budgetIsKept() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(repeating: 0x61, count: 1000).write(to: URL(fileURLWithPath: path("a.txt")))
        #expect(throws: ReadError.tooLarge(path: "a.txt", limit: 999)) {
            try InputFile(fileSystemPath: path("a.txt"), shownAs: "a.txt", budget: 999)
        }
        let file = try InputFile(fileSystemPath: path("a.txt"), shownAs: "a.txt", budget: 1000)
        #expect(try file.readAll(budget: 1000).count == 1000)
        #expect(throws: ReadError.tooLarge(path: "a.txt", limit: 500)) { try file.readAll(budget: 500) }
        let chunks = InputFile.Chunks(file, chunkSize: 300, budget: 700)
        var total = 0
        while let chunk = chunks.next() { total += chunk.count }
        #expect(total == 600)
        #expect(chunks.failure == .tooLarge(path: "a.txt", limit: 700))
        #expect(ReadError.tooLarge(path: "a.txt", limit: InputLimits.maximumInputBytes).description
            == "a.txt: error: refused: the file holds more than 64 MB, far more than any real document")
    }
}
