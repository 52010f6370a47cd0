/// An address of something the writer placed itself: a file under `assets/`, or a `data:` URL
/// when the page is written as a single file. Author text never becomes one.
struct AssetURL: Hashable, Sendable {
    let value: String

    /// A file the writer returns, relative to `index.html`.
    static func file(_ relativePath: String) -> AssetURL {
        precondition(relativePath.hasPrefix("assets/"), "assets live under assets/")
        return AssetURL(value: relativePath)
    }

    static func data(mediaType: String, base64: String) -> AssetURL {
        AssetURL(value: "data:\(mediaType);base64,\(base64)")
    }

    /// The same asset seen from a stylesheet in `assets/`.
    var fromAssetsFolder: String {
        value.hasPrefix("assets/") ? String(value.dropFirst("assets/".count)) : value
    }
}
