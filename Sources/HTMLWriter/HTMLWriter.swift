import Foundation
import PlainlyModel

/// Writes a document as an easy-read web page: `index.html` plus the fonts and pictures it uses
/// under `assets/`, or one self-contained file to email.
///
/// The page is semantic HTML that needs no JavaScript: a skip link, the title page in `<header>`,
/// contents in `<nav>`, the parts in `<main>` (an `<article>` each in a newsletter), hard words
/// linked to their entry in the glossary, and the contact card in `<footer>`. Every piece of author
/// text is escaped, and links go only to web, email and phone addresses or inside the output folder.
public struct HTMLWriter: DocumentWriter {
    public struct Options: Sendable {
        /// Embed the fonts, pictures and stylesheet in `index.html` as `data:` URLs, for one file
        /// that can be emailed or put on a memory stick.
        public var singleFile: Bool
        /// Where Atkinson Hyperlegible's `.ttf` files and licence are (the repository's `Fonts/`).
        public var fontsDirectory: URL
        /// Show the contents list: nil follows `DocumentAssembly.needsContents`, as every format does.
        public var includeContents: Bool?
        /// The page's Content-Security-Policy forbids every script. A tool that adds one of its own
        /// (the live preview's reload script) passes a fresh random value here and puts it in its
        /// `<script nonce="…">`; only scripts carrying it may run. Letters, digits, `+`, `/`, `=`,
        /// `-` and `_` only (base64); anything else is ignored and every script stays forbidden.
        public var scriptNonce: String?

        public init(
            singleFile: Bool = false, fontsDirectory: URL = Options.defaultFontsDirectory,
            includeContents: Bool? = nil, scriptNonce: String? = nil
        ) {
            self.singleFile = singleFile
            self.fontsDirectory = fontsDirectory
            self.includeContents = includeContents
            self.scriptNonce = scriptNonce
        }

        /// `Fonts/` in the current directory: right when run from a checkout.
        public static var defaultFontsDirectory: URL {
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
                .appendingPathComponent("Fonts", isDirectory: true)
        }
    }

    public static let formatName = "html"
    public static let summary = "an easy-read web page, with a picture beside every point (WCAG 2.2 AA)"
    public static let needsFonts = true

    /// A folder, `html/`, with the page and its assets; or one file named after the source, to email.
    public static func destination(sourceName: String, plan: BuildPlan) -> OutputDestination {
        plan.singleFileHTML ? .file("\(sourceName).html") : .folder("html")
    }

    public static func possibleDestinations(sourceName: String) -> [OutputDestination] {
        [.folder("html"), .file("\(sourceName).html")]
    }

    public var options: Options

    public init(options: Options = .init()) {
        self.options = options
    }

    public init(plan: BuildPlan) throws(DocumentWriterError) {
        guard let fonts = plan.fontsDirectory else {
            throw DocumentWriterError(format: Self.formatName, reason: "no fonts folder was found")
        }
        self.init(options: .init(singleFile: plan.singleFileHTML, fontsDirectory: fonts, scriptNonce: plan.htmlScriptNonce))
    }

    public func write(_ document: RealizedDocument) -> RenderedOutput {
        var renderer = PageRenderer(realized: document, options: options)
        return renderer.render()
    }

    /// The page and its assets, with paths relative to the HTML output folder, and warnings about
    /// anything that could not be shown as written (a missing picture, a refused link).
    /// `pictures` are the picture files the source reader read (`SourceReading.pictures`); the
    /// writer opens no file for pictures.
    public func render(_ document: Document, pictures: SourcePictures) -> RenderedOutput {
        write(RealizedDocument(document, pictures: pictures, name: "document"))
    }
}
