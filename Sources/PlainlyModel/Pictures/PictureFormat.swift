/// The picture formats Plainly takes, as found in a file's content (never its name).
///
/// PNG, JPEG and SVG go into every format; GIF and WebP only into the web page, which every
/// current browser shows (the PDF shows a slot and a warning for them).
public enum PictureFormat: String, Sendable, Hashable, CaseIterable {
    case png, jpeg, gif, webp, svg

    public var mediaType: String {
        switch self {
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        case .gif: "image/gif"
        case .webp: "image/webp"
        case .svg: "image/svg+xml"
        }
    }

    public var fileExtension: String { self == .jpeg ? "jpg" : rawValue }
}
