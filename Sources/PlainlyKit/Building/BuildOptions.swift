import Foundation
import PageLayout
import PlainlyModel
import TextWriter

/// What `plainly build` was asked for.
public struct BuildOptions: Sendable {
    public var formats: [OutputFormat]
    /// `out/<name>` unless the user says otherwise.
    public var outDirectory: URL
    /// The output folder as the user wrote it, for messages.
    public var outDirectoryShown: String
    /// Overrides the profile the document's metadata names.
    public var profile: Profile?
    public var text: TextWriter.Options
    /// The folder holding the shipped fonts; found automatically when nil.
    public var fontsDirectory: URL?
    /// One web page with fonts and pictures inside it, to email.
    public var singleFileHTML: Bool
    /// Lets the one script carrying this nonce run in the web page (the live preview's reload script).
    public var htmlScriptNonce: String?
    /// PDF: body text size in points (`--font-size`); nil for the profile's own. The PDF writer
    /// refuses sizes below the profile's minimum, with the reason.
    public var pdfBodySize: Double?
    /// PDF: the paper's name (`--paper`): A4, A3, A5 or Letter; nil for A4.
    public var paper: String?

    /// The paper names `--paper` accepts.
    public static let paperNames = PaperSize.allCases.map(\.rawValue)

    public init(
        formats: [OutputFormat] = OutputFormat.available, outDirectory: URL, profile: Profile? = nil,
        text: TextWriter.Options = .init(), fontsDirectory: URL? = nil, singleFileHTML: Bool = false
    ) {
        self.formats = formats
        self.outDirectory = outDirectory
        self.outDirectoryShown = outDirectory.path
        self.profile = profile
        self.text = text
        self.fontsDirectory = fontsDirectory
        self.singleFileHTML = singleFileHTML
        self.htmlScriptNonce = nil
        self.pdfBodySize = nil
        self.paper = nil
    }
}

/// What a build did: the files written (relative to the output folder) and every finding, from the
/// reader and the renderers, sorted by position.
public struct BuildResult: Sendable {
    public var written: [String]
    public var diagnostics: [Diagnostic]

    /// True when the document had errors, so nothing was written.
    public var refused: Bool { diagnostics.hasErrors }
}
