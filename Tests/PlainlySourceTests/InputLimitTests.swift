import Foundation
import PlainlyModel
import PlainlySource
import Testing

/// Whole-input limits: sizes, the number of parts, and files that are not ordinary files. Each is
/// an error, never a long read, a hang or memory without end.
@Suite struct InputLimitTests {
    static let part = "---\ntitle: A\n---\n\nHello.\n"

    @Test func aPartLargerThanTheLimitIsAnErrorAndNotRead() throws {
        let root = try TemporaryFolder()
        try root.write("guide.yaml", "title: G\nparts:\n  - a.md\n  - big.md\n")
        try root.write("a.md", Self.part)
        try root.sparse("big.md", size: SourceLimits.maximumSourceFileBytes + 1, firstBytes: Array("# Big\n".utf8))
        let reading = try SourceReader().read(at: root.url)
        let error = try #require(reading.diagnostics.first { $0.id == "source-too-large" })
        #expect(error.severity == .error)
        #expect(error.location?.line == 4)
        #expect(error.message.contains("is 17 MB; a part may be at most 16 MB"))
        #expect(reading.document.parts.count == 1)
    }

    @Test func partsTogetherLargerThanTheBudgetAreAnError() throws {
        let root = try TemporaryFolder()
        let perFile = SourceLimits.maximumSourceFileBytes
        let count = SourceLimits.maximumSourceBytesInTotal / perFile + 1
        let names = (1...count).map { "p\($0).md" }
        try root.write("guide.yaml", "title: G\nparts:\n" + names.map { "  - \($0)\n" }.joined())
        // Full-size files that are quick to turn down: the first byte is not UTF-8.
        for name in names { try root.sparse(name, size: perFile - 1024, firstBytes: [0xFF]) }
        let reading = try SourceReader().read(at: root.url)
        let errors = reading.diagnostics.filter { $0.id == "source-too-large" }
        #expect(errors.count == 1)
        #expect(errors.first?.location?.line == 2 + count)
        #expect(errors.first?.message.contains("64 MB together") == true)
    }

    @Test func aSingleMarkdownFileLargerThanTheLimitIsRefused() throws {
        let root = try TemporaryFolder()
        try root.sparse("big.md", size: SourceLimits.maximumSourceFileBytes + 1)
        #expect(throws: SourceReadError.tooLarge(
            path: root.path("big.md").path, bytes: SourceLimits.maximumSourceFileBytes + 1,
            limit: SourceLimits.maximumSourceFileBytes)) {
            try SourceReader().read(at: root.path("big.md"))
        }
    }

    @Test func moreThanTheMostPartsIsAnErrorAtTheFirstOneTooMany() throws {
        let root = try TemporaryFolder()
        let count = SourceLimits.maximumParts + 1
        try root.write("guide.yaml", "title: G\nparts:\n" + (1...count).map { "  - p\($0).md\n" }.joined())
        for index in 1...count { try root.write("p\(index).md", "# P\(index)\n\nText.\n") }
        let reading = try SourceReader().read(at: root.url)
        let error = try #require(reading.diagnostics.first { $0.id == "too-many-parts" })
        #expect(error.severity == .error)
        #expect(error.location?.line == 3 + SourceLimits.maximumParts)
        #expect(reading.document.parts.count == SourceLimits.maximumParts)
    }

    @Test func aFIFONamedAsAPartIsRefusedWithoutWaiting() throws {
        let root = try TemporaryFolder()
        try root.write("guide.yaml", "title: G\nparts:\n  - a.md\n  - pipe.md\n")
        try root.write("a.md", Self.part)
        try root.fifo("pipe.md")
        let reading = try SourceReader().read(at: root.url)
        let error = try #require(reading.diagnostics.first { $0.id == "not-a-file" })
        #expect(error.severity == .error)
        #expect(error.location?.line == 4)
    }

    @Test func aFIFONamedAsTheSourceIsRefusedWithoutWaiting() throws {
        let root = try TemporaryFolder()
        try root.fifo("pipe.md")
        #expect(throws: SourceReadError.notARegularFile(path: root.path("pipe.md").path)) {
            try SourceReader().read(at: root.path("pipe.md"))
        }
    }

    @Test func aFIFOOrFolderNamedAsAPictureBecomesAProblemWithoutWaiting() throws {
        let root = try TemporaryFolder()
        try root.write("doc.md", "# Doc\n\n![a pipe](pipe.svg)\nWords.\n\n![a folder](folder)\nMore.\n")
        try root.fifo("pipe.svg")
        try FileManager.default.createDirectory(at: root.path("folder"), withIntermediateDirectories: true)
        let reading = try SourceReader().read(at: root.path("doc.md"))
        guard case .failure(.unreadable) = reading.pictures["pipe.svg"] else {
            Issue.record("a FIFO picture should be unreadable, got \(reading.pictures["pipe.svg"])")
            return
        }
        guard case .failure(.unreadable) = reading.pictures["folder"] else {
            Issue.record("a folder picture should be unreadable, got \(reading.pictures["folder"])")
            return
        }
    }

    @Test func aPictureFileLargerThanTheLimitIsNotRead() throws {
        let root = try TemporaryFolder()
        try root.write("doc.md", "# Doc\n\n![big](big.png)\nWords.\n")
        try root.sparse("big.png", size: SourceLimits.maximumPictureFileBytes + 1, firstBytes: Array(SamplePictures.pngHeader(width: 10, height: 10)))
        let reading = try SourceReader().read(at: root.path("doc.md"))
        guard case .failure(.unreadable(let reason)) = reading.pictures["big.png"] else {
            Issue.record("got \(reading.pictures["big.png"])")
            return
        }
        #expect(reason.contains("at most 32 MB"))
    }

    @Test func picturesTogetherLargerThanTheBudgetAreNotRead() throws {
        let root = try TemporaryFolder()
        let count = SourceLimits.maximumPictureBytesInTotal / SourceLimits.maximumPictureFileBytes + 1
        let header = Array(SamplePictures.pngHeader(width: 10, height: 10))
        var text = "# Doc\n\n"
        for index in 1...count {
            try root.sparse("p\(index).png", size: SourceLimits.maximumPictureFileBytes, firstBytes: header)
            text += "![picture \(index)](p\(index).png)\nWords.\n\n"
        }
        try root.write("doc.md", text)
        let reading = try SourceReader().read(at: root.path("doc.md"))
        #expect((try? reading.pictures["p1.png"].get()) != nil)
        guard case .failure(.unreadable(let reason)) = reading.pictures["p\(count).png"] else {
            Issue.record("got \(reading.pictures["p\(count).png"])")
            return
        }
        #expect(reason.contains("together"))
    }
}
