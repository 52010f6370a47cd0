import Foundation
import PlainlyModel

/// Reads a Plainly source (a `.md` file or a guide folder) from a path as the user typed it.
public struct SourceLoader: Sendable {
    /// Folders beyond the source's own that parts and pictures may come from (`SourceReader`).
    public var allowedRoots: [URL]
    /// `SourceReader.readsPictures`: false for a reader that needs only the words.
    public var readsPictures: Bool

    public init(allowedRoots: [URL] = [], readsPictures: Bool = true) {
        self.allowedRoots = allowedRoots
        self.readsPictures = readsPictures
    }

    public func load(path: String, relativeTo workingDirectory: URL? = nil) throws(SourceReadError) -> LoadedSource {
        let url = Self.url(for: path, relativeTo: workingDirectory)
        let reading = try SourceReader(allowedRoots: allowedRoots, readsPictures: readsPictures).read(at: url)
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
        let trimmed = Self.trimTrailingSlashes(path)
        let name: String
        let prefix: String
        if isDirectory.boolValue {
            name = url.standardizedFileURL.lastPathComponent
            prefix = trimmed
        } else {
            name = url.deletingPathExtension().lastPathComponent
            prefix = (trimmed as NSString).deletingLastPathComponent
        }
        return LoadedSource(reading: reading, name: name, displayPrefix: prefix, isFolder: isDirectory.boolValue)
    }

    public static func url(for path: String, relativeTo workingDirectory: URL?) -> URL {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path) }
        let base = workingDirectory ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        return base.appendingPathComponent(path)
    }

    public static func trimTrailingSlashes(_ path: String) -> String {
        var path = path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path
    }
}
