import Foundation
import PlainlyModel

/// A source read from disk, with what is needed to talk about it: its name for output folders and
/// the prefix that turns a relative `SourceLocation.file` into a path the user recognises.
public struct LoadedSource: Sendable {
    public var reading: SourceReading
    /// `expert-by-experience` for a folder, `board-paper` for `board-paper.md`.
    public var name: String
    /// The folder as the user named it (`Content/expert-by-experience`), for diagnostics.
    public var displayPrefix: String
    /// A guide folder (or a folder standing for its one file): every file in it is the source's, so
    /// no output may go inside it. A single `.md` file's neighbours are not.
    public var isFolder = false

    public var document: Document { reading.document }
    public var diagnostics: [Diagnostic] { reading.diagnostics }
    public var baseDirectory: URL { reading.baseDirectory }
    public var pictures: SourcePictures { reading.pictures }

    /// Diagnostics as compiler-style lines with paths the user can open.
    public func formatted(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { $0.formatted(pathPrefix: displayPrefix) }
    }
}
