import Foundation

/// Writes every byte to an open file, going on after interrupted or partial writes.
/// Returns nil when all were written, else the errno.
func writeWhole(_ data: Data, to descriptor: Int32) -> Int32? {
    data.withUnsafeBytes { buffer -> Int32? in
        var written = 0
        while written < buffer.count {
            let result = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else { return result == 0 ? EIO : errno }
            written += result
        }
        return nil
    }
}

/// `mkdir -p`, with the reason when it cannot be done.
func makeFolders(_ folder: URL, shown: String) throws(FileWriteError) {
    var status = stat()
    if stat(folder.path, &status) == 0 {
        guard status.st_mode & S_IFMT == S_IFDIR else { throw FileWriteError(path: shown, errno: ENOTDIR) }
        return
    }
    let parent = folder.deletingLastPathComponent()
    if parent.path != folder.path { try makeFolders(parent, shown: shown) }
    guard mkdir(folder.path, 0o755) == 0 || errno == EEXIST else { throw FileWriteError(path: shown, errno: errno) }
}

/// The folder part of a path as written ("out" for "out/guide", "." for "guide"): NSString's
/// `deletingLastPathComponent` traps on a one-letter path in this Foundation, so it is not used.
func parentPath(of path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return "." }
    return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
}
