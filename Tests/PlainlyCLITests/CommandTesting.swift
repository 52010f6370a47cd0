import Foundation
import PlainlyCLI
import PlainlyTestSupport

/// A fresh folder per test, removed afterwards, and helpers to run `plainly` in-process inside it.
final class Scratch {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("plainly-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func path(_ relative: String) -> String { folder.appendingPathComponent(relative).path }

    func write(_ relative: String, _ text: String) throws {
        let url = folder.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
    }

    func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: path(relative)) }

    /// Every file below the folder, relative, sorted: what a command left behind.
    func listing() -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var files: [String] = []
        while let next = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: path(next), isDirectory: &isDirectory)
            if !isDirectory.boolValue { files.append(next) }
        }
        return files.sorted()
    }
}

/// Runs `plainly` with arguments and a recording console.
func plainly(_ arguments: String...) -> (code: Int32, out: String, err: String) {
    PlainlyMain.runCapturing(arguments)
}

/// The repository's sample content.
let contentFolder = Fixtures.folder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Content")
