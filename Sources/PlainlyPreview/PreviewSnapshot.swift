import Foundation

/// What is being served right now: the page and its assets, keyed by their exact path, and a
/// generation number that goes up with every rebuild.
///
/// Files are served only from here, never from the disk, so no request path can reach a file the
/// preview did not make (`/../` and friends simply are not keys).
struct PreviewSnapshot: Sendable {
    var generation: Int
    var files: [String: Data]
    /// Files whose changes should trigger a rebuild, relative to the source's base folder.
    var watchedFiles: [URL]

    func file(at requestPath: String) -> Data? {
        var path = requestPath
        if path.hasPrefix("/") { path.removeFirst() }
        if path.isEmpty { path = "index.html" }
        return files[path]
    }

    static func contentType(for path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "", "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "ttf": "font/ttf"
        case "txt": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}
