import Foundation

/// A folder of this process's own under the temporary folder, emptied before each input, for readers
/// that take a path rather than bytes. Made once and reused: a fuzzer runs millions of inputs, and a
/// fresh folder each time would leave millions behind if it were killed.
public final class ScratchFolder: @unchecked Sendable {
    public let url: URL

    /// `name` tells the folders of different targets apart; the process id keeps parallel runs apart.
    public init(name: String) {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("plainly-\(name)-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: url)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Removes whatever the last input left, so one input never sees another's files.
    public func empty() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        for name in names { try? FileManager.default.removeItem(at: url.appendingPathComponent(name)) }
    }

    /// Writes `data` at `relativePath` inside the folder, making its folders first.
    public func write(_ data: Data, to relativePath: String) {
        let file = url.appendingPathComponent(relativePath)
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: file.path, contents: data)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
