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

    public init(document: Document, diagnostics: [Diagnostic], baseDirectory: URL, files: [String]) {
        self.document = document
        self.diagnostics = diagnostics
        self.baseDirectory = baseDirectory
        self.files = files
    }
}
