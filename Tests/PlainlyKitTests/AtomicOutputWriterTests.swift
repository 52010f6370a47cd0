import Foundation
import PlainlyModel
import Testing

@testable import PlainlyKit

@Suite struct AtomicOutputWriterTests {
    private func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("plainly-kit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func file(_ path: String, _ text: String) -> RenderedOutput.File {
        .init(path: path, contents: Data(text.utf8))
    }

    @Test func aFolderOutputReplacesTheOldOneWhole() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = AtomicOutputWriter(directory: folder)
        _ = try writer.write([(.folder("html"), RenderedOutput(files: [file("index.html", "one"), file("assets/old.png", "x")]))])
        let written = try writer.write([(.folder("html"), RenderedOutput(files: [file("index.html", "two")]))])
        #expect(written == ["html/index.html"])
        #expect(try String(contentsOf: folder.appendingPathComponent("html/index.html"), encoding: .utf8) == "two")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("html/assets/old.png").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["html"])
    }

    @Test func aFormatOfSeveralFilesWritesEachByItsName() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = AtomicOutputWriter(directory: folder)
        let names = ["doc.brf", "doc-braille.txt"]
        let written = try writer.write([(.files(names), RenderedOutput(files: [file("doc.brf", "A"), file("doc-braille.txt", "⠁")]))])
        #expect(written == names)
        #expect(try String(contentsOf: folder.appendingPathComponent("doc-braille.txt"), encoding: .utf8) == "⠁")
        // A writer that names its files otherwise than its destination says is refused, nothing written.
        #expect(throws: PlainlyError.self) {
            try writer.write([(.files(names), RenderedOutput(files: [file("doc.brf", "B"), file("other.txt", "x")]))])
        }
        #expect(try String(contentsOf: folder.appendingPathComponent("doc.brf"), encoding: .utf8) == "A")
    }

    @Test func anUnsafePathFailsBeforeAnythingChanges() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = AtomicOutputWriter(directory: folder)
        _ = try writer.write([(.file("doc.txt"), RenderedOutput(files: [file("document.txt", "kept")]))])
        #expect(throws: PlainlyError.self) {
            try writer.write([
                (.file("doc.txt"), RenderedOutput(files: [file("document.txt", "new")])),
                (.folder("html"), RenderedOutput(files: [file("../escape.html", "bad")])),
            ])
        }
        #expect(try String(contentsOf: folder.appendingPathComponent("doc.txt"), encoding: .utf8) == "kept")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["doc.txt"])
    }

    @Test func anUnwritableFolderIsATypedError() {
        let writer = AtomicOutputWriter(directory: URL(fileURLWithPath: "/proc/plainly-cannot-write-here"))
        #expect(throws: PlainlyError.self) {
            try writer.write([(.file("doc.txt"), RenderedOutput(files: [file("document.txt", "x")]))])
        }
    }
}
