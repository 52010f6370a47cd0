import CairoGraphics
import Foundation
import PageLayout
import PlainlyModel

/// Renders a document as a tagged, large-print or easy-read PDF: lays it out, draws it with Cairo and
/// Pango, then finishes the accessibility tags with libqpdf. Returns one file, `document.pdf`.
public struct PDFWriter {
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

    public static let fontFamily = "Atkinson Hyperlegible"
    public static let fileName = "document.pdf"

    public var options: Options

    public init(options: Options) {
        self.options = options
    }

    /// The profile after options: throws when the body size is outside what the profile allows.
    public func layoutProfile(for document: Document) throws(PDFWriterError) -> LayoutProfile {
        let profile = LayoutProfile.named(options.profile ?? document.metadata.profile)
        guard let size = options.bodySize else { return profile }
        do {
            return try profile.withBodySize(size)
        } catch {
            throw .options(error)
        }
    }

    /// - Parameter pictures: the picture files the source reader read (`SourceReading.pictures`);
    ///   the writer opens no file for pictures.
    public func render(_ document: Document, pictures: SourcePictures) throws(PDFWriterError) -> RenderedOutput {
        let profile = try layoutProfile(for: document)
        let typesetter: Typesetter
        do {
            typesetter = try Typesetter(fontsDirectory: options.fontsDirectory, family: Self.fontFamily)
        } catch {
            throw .fonts(error)
        }
        let pictures = PictureLibrary(document: document, pictures: pictures)
        let layout = DocumentLayout(
            profile: profile, paper: options.paper, measurer: PangoMeasurer(typesetter: typesetter),
            includeContents: options.includeContents)
        let result: PageLayoutResult
        do {
            result = try layout.layout(document, pictureSizes: pictures.sizes)
        } catch {
            throw .options(error)
        }

        let pdf: Data
        let record: PageDrawer.Record
        do {
            let size = options.paper.size
            let surface = try PDFSurface(width: size.width.value, height: size.height.value)
            setMetadata(of: surface, for: document)
            record = try PageDrawer(typesetter: typesetter, pictures: pictures.images).draw(result.pages, on: surface)
            pdf = try surface.finish()
        } catch {
            throw .drawing(error)
        }
        let finished = try AccessibilityPostPass(metadata: document.metadata, makers: document.makers, record: record)
            .apply(to: pdf)
        let diagnostics = (pictures.diagnostics + result.diagnostics + missingGlyphs(result.pages, typesetter))
            .sortedByLocation()
        return RenderedOutput(files: [.init(path: Self.fileName, contents: finished)], diagnostics: diagnostics)
    }

    private func setMetadata(of surface: PDFSurface, for document: Document) {
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
        var seen = Set<Character>()
        var characters: [Character] = []
        for page in pages {
            for case .box(.text(let line)) in page.items {
                for run in line.runs {
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
