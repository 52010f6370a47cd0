import CairoGraphics
import Foundation
import PageLayout
import PlainlyModel

/// Draws a document's finished pages as a tagged, large-print or easy-read PDF with Cairo and Pango,
/// then finishes the accessibility tags in its own post-pass (`PDFFile`). The pages come from the layout stage
/// (`PagedDocumentWriter.write`); this writer lays out nothing. Makes one file, `<name>.pdf`.
public struct PDFWriter: PagedDocumentWriter {
    public struct Options: Sendable {
        /// nil: the profile the document asks for in its metadata.
        public var profile: Profile?
        /// nil: the profile's body size. Never below the profile's minimum (14 pt easy read,
        /// 16 pt large print, 12 pt plain).
        public var bodySize: Points?
        public var paper: PaperSize
        /// Holds AtkinsonHyperlegible-Regular.ttf and -Bold.ttf.
        public var fontsDirectory: URL
        /// nil: a contents page when the document has more than 4 parts or 8 pages.
        public var includeContents: Bool?
        /// A document of this many pages or more is drawn in two halves on two cores
        /// (`PageHalves`); tests set it to draw the same pages both ways.
        public var fewestPagesToSplit = PageHalves.fewestPages

        public init(
            fontsDirectory: URL, profile: Profile? = nil, bodySize: Points? = nil, paper: PaperSize = .a4,
            includeContents: Bool? = nil
        ) {
            self.fontsDirectory = fontsDirectory
            self.profile = profile
            self.bodySize = bodySize
            self.paper = paper
            self.includeContents = includeContents
        }
    }

    public static let formatName = "pdf"
    public static let summary = "a large-print or easy-read PDF, tagged for screen readers (PDF/UA)"
    public static let needsFonts = true
    public static let fontFamily = "Atkinson Hyperlegible"
    public static let fileName = "document.pdf"

    public static func destination(sourceName: String, plan: BuildPlan) -> OutputDestination {
        .file("\(sourceName).pdf")
    }

    public static func possibleDestinations(sourceName: String) -> [OutputDestination] {
        [.file("\(sourceName).pdf")]
    }

    public var options: Options

    public init(options: Options) {
        self.options = options
    }

    public init(plan: BuildPlan) throws(DocumentWriterError) {
        guard let fonts = plan.fontsDirectory else {
            throw DocumentWriterError(format: Self.formatName, reason: "no fonts folder was found")
        }
        // The plan's profile is already the document's (`RealizedDocument`).
        self.init(options: .init(fontsDirectory: fonts, bodySize: plan.bodySize, paper: plan.paper))
    }

    /// The PDF of a document as a reader loaded it: realizes it with `options.profile`, then writes it.
    /// - Parameter pictures: the picture files the source reader read (`SourceReading.pictures`);
    ///   the writer opens no file for pictures.
    public func render(_ document: Document, pictures: SourcePictures) throws(DocumentWriterError) -> RenderedOutput {
        try write(RealizedDocument(document, pictures: pictures, name: "document", profile: options.profile))
    }

    public func pageSetup(for document: RealizedDocument) throws(DocumentWriterError) -> PageSetup {
        try PageSetup(
            for: document, bodySize: options.bodySize, paper: options.paper,
            includeContents: options.includeContents, format: Self.formatName)
    }

    /// The fonts, and every picture made drawable once.
    public struct Canvas: PageCanvas {
        let typesetter: Typesetter
        let pictures: PictureLibrary

        public var measurer: any TextMeasuring { PangoMeasurer(typesetter: typesetter) }
        public var pictureSizes: [String: Size] { pictures.sizes }
    }

    public func makeCanvas(for document: RealizedDocument) throws(DocumentWriterError) -> Canvas {
        let typesetter: Typesetter
        do {
            typesetter = try Typesetter(fontsDirectory: options.fontsDirectory, family: Self.fontFamily)
        } catch {
            throw Self.failure(.fonts(error))
        }
        return Canvas(typesetter: typesetter, pictures: PictureLibrary(document: document.document, pictures: document.pictures))
    }

    public func draw(
        _ result: PageLayoutResult, on canvas: Canvas, of realized: RealizedDocument
    ) throws(DocumentWriterError) -> RenderedOutput {
        let document = realized.document
        let drawn: (file: PDFFile, record: PageDrawer.Record)
        if let secondStart = PageHalves(result.pages, fewestPages: options.fewestPagesToSplit).secondStart,
           let halves = try? drawInHalves(result.pages, at: secondStart, on: canvas, of: realized) {
            drawn = halves
        } else {
            drawn = try drawWhole(result.pages, on: canvas, of: document)
        }
        let finished: Data
        do {
            let bytes = try AccessibilityPostPass(metadata: document.metadata, makers: document.makers, record: drawn.record)
                .apply(to: drawn.file)
            finished = Data(bytes)
        } catch {
            throw Self.failure(error)
        }
        let diagnostics = (canvas.pictures.diagnostics + result.diagnostics + missingGlyphs(result.pages, canvas.typesetter))
            .sortedByLocation()
        return RenderedOutput(files: [.init(path: Self.fileName, contents: finished)], diagnostics: diagnostics)
    }

    static func failure(_ error: PDFWriterError) -> DocumentWriterError {
        DocumentWriterError(format: formatName, reason: error.description)
    }

    func setMetadata(of surface: PDFSurface, for document: Document) {
        let metadata = document.metadata
        surface.setMetadata(.title, metadata.title)
        if !document.makers.isEmpty { surface.setMetadata(.author, document.makers.joined(separator: ", ")) }
        if let subtitle = metadata.subtitle { surface.setMetadata(.subject, subtitle) }
        surface.setMetadata(.creator, "Plainly")
        // Cairo would stamp the clock time; the document's own date keeps builds identical.
        let stamp = (metadata.date ?? CalendarDate(year: 2000, month: 1, day: 1)!).iso + "T00:00:00Z"
        surface.setMetadata(.createDate, stamp)
        surface.setMetadata(.modifyDate, stamp)
    }

    /// Characters the font has no glyph for print as empty boxes: say which, once each.
    private func missingGlyphs(_ pages: [Page], _ typesetter: Typesetter) -> [Diagnostic] {
        // Each distinct character is checked once, not every run again: shaping is the costly part.
        // Printable ASCII is skipped unread: the font has every one of those (FontCoverageTests),
        // and walking a thousand pages by Character cost more than the check itself.
        var seen = Set<Character>()
        var characters: [Character] = []
        for page in pages {
            for case .box(.text(let line)) in page.items {
                for run in line.runs where !run.text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
                    for character in run.text where seen.insert(character).inserted { characters.append(character) }
                }
            }
        }
        let missing = characters.filter {
            !$0.isWhitespace && typesetter.missingGlyphs(in: String($0), weight: .regular, size: 12) > 0
        }
        guard !missing.isEmpty else { return [] }
        let list = missing.map { "\"\($0)\" (U+\(String($0.unicodeScalars.first!.value, radix: 16, uppercase: true)))" }
        return [.warning("the font has no shape for \(list.joined(separator: ", ")), so it prints as an empty box",
                         id: "missing-glyph", at: nil)]
    }
}
