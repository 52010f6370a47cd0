import Foundation

/// A path as the file system sees it: absolute, with `.` and `..` gone and every symbolic link
/// followed, as far as the path exists; the part that does not exist yet is appended as written.
///
/// Two spellings of one place (`out/../guide`, a link to the guide folder) give the same resolved
/// path, so "is this output inside a source?" cannot be fooled by the way a path is typed.
public struct ResolvedPath: Hashable, Sendable, CustomStringConvertible {
    public let path: String

    public init(_ url: URL) {
        let absolute = url.standardizedFileURL.path
        var existing = absolute
        var missing: [String] = []
        while true {
            if let real = realpath(existing, nil) {
                defer { free(real) }
                var resolved = String(cString: real)
                for component in missing.reversed() {
                    resolved = resolved == "/" ? "/" + component : resolved + "/" + component
                }
                path = resolved
                return
            }
            let parent = parentPath(of: existing)
            guard parent != existing, !parent.isEmpty else {
                path = absolute
                return
            }
            missing.append(String(existing.split(separator: "/").last ?? ""))
            existing = parent
        }
    }

    /// True when `other` is this path or lies somewhere below it.
    public func contains(_ other: ResolvedPath) -> Bool {
        if path == "/" { return true }
        return other.path == path || other.path.hasPrefix(path + "/")
    }

    public var description: String { path }
}
