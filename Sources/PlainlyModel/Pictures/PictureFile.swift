import Foundation

/// A picture file as the source reader found it: read once, inside the source folder, its format
/// and size checked from its content. Writers take pictures from here and never open files.
public struct PictureFile: Hashable, Sendable {
    public var bytes: Data
    public var format: PictureFormat
    /// The size in pixels from the file's header (for SVG, its width and height in CSS pixels, or
    /// its viewBox's size when it gives none).
    public var pixelWidth: Int
    public var pixelHeight: Int

    public init(bytes: Data, format: PictureFormat, pixelWidth: Int, pixelHeight: Int) {
        self.bytes = bytes
        self.format = format
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
    }
}

/// Why a picture a source names could not be used. It becomes a visible slot and a warning.
public enum PictureProblem: Error, Hashable, Sendable {
    /// No file at that path.
    case missing
    /// A folder, FIFO or device, or a file that could not be read.
    case unreadable(reason: String)
    /// Not a PNG, JPEG, GIF, WebP or well-formed, self-contained SVG, or too big to use.
    case notAPicture(reason: String)
    /// The path leads outside the source folder (an error at the line that names it).
    case outsideSource
}

/// Every picture file a document names, by its path relative to the document's base folder
/// (`Picture.path`), each read once.
public struct SourcePictures: Sendable {
    public private(set) var byPath: [String: Result<PictureFile, PictureProblem>]

    public init(_ byPath: [String: Result<PictureFile, PictureProblem>] = [:]) {
        self.byPath = byPath
    }

    /// The file, or why it cannot be used; a path the reader never saw is `.missing`.
    public subscript(path: String) -> Result<PictureFile, PictureProblem> {
        byPath[path] ?? .failure(.missing)
    }

    public mutating func set(_ result: Result<PictureFile, PictureProblem>, for path: String) {
        byPath[path] = result
    }
}
