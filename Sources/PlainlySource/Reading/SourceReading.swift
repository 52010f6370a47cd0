import Foundation
import PlainlyModel

/// A document read from its sources, with everything the reader noticed on the way.
public struct SourceReading: Sendable {
    public var document: Document
    /// Sorted by position; an error means the document must not be built.
    public var diagnostics: [Diagnostic]
    /// The folder every `SourceLocation.file` and picture path is relative to.
    public var baseDirectory: URL
    /// Every file read, relative to `baseDirectory`: what a preview watches for changes.
    public var files: [String]
    /// Every picture file the document names, read once from inside the source folder: the only
    /// place the writers get pictures from.
    public var pictures: SourcePictures

    public init(
        document: Document, diagnostics: [Diagnostic], baseDirectory: URL, files: [String],
        pictures: SourcePictures = SourcePictures()
    ) {
        self.document = document
        self.diagnostics = diagnostics
        self.baseDirectory = baseDirectory
        self.files = files
        self.pictures = pictures
    }
}
