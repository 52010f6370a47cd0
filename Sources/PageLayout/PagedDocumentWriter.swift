import PlainlyModel

/// What a paged format measures and draws with: its text measurer and the pictures it can draw.
/// Made once per build by the writer, used by the layout, then handed back to the writer to draw.
public protocol PageCanvas {
    /// Measures text exactly as the writer will draw it, so lines break where the drawn text ends.
    var measurer: any TextMeasuring { get }
    /// Natural sizes of the pictures the writer can draw, by path; any other picture gets a slot.
    var pictureSizes: [String: Size] { get }
}

/// A format made of pages (the PDF). It does not lay anything out: the layout stage
/// (`DocumentLayout`, through `write` below) turns the realized document into finished pages, and
/// the writer only draws and tags them.
public protocol PagedDocumentWriter: DocumentWriter {
    associatedtype Canvas: PageCanvas

    /// The layout's profile (with `--font-size` applied), paper and contents choice for this document.
    func pageSetup(for document: RealizedDocument) throws(DocumentWriterError) -> PageSetup

    /// Fonts and pictures, ready to measure and draw.
    func makeCanvas(for document: RealizedDocument) throws(DocumentWriterError) -> Canvas

    /// Draws finished pages; lays out nothing.
    func draw(
        _ pages: PageLayoutResult, on canvas: Canvas, of document: RealizedDocument
    ) throws(DocumentWriterError) -> RenderedOutput
}

/// How a paged format's pages are set up.
public struct PageSetup: Sendable {
    public var profile: LayoutProfile
    public var paper: PaperSize
    /// nil: a contents page when the document needs one (`DocumentAssembly.needsContents`, or a
    /// long document).
    public var includeContents: Bool?

    public init(profile: LayoutProfile, paper: PaperSize, includeContents: Bool? = nil) {
        self.profile = profile
        self.paper = paper
        self.includeContents = includeContents
    }

    /// The document's profile at `bodySize` (nil: the profile's own), refused below the profile's
    /// minimum with the reason.
    public init(
        for document: RealizedDocument, bodySize: Points?, paper: PaperSize, includeContents: Bool? = nil,
        format: String
    ) throws(DocumentWriterError) {
        var profile = LayoutProfile.named(document.document.metadata.profile)
        if let bodySize {
            do { profile = try profile.withBodySize(bodySize) } catch { throw Self.refusal(error, format: format) }
        }
        self.init(profile: profile, paper: paper, includeContents: includeContents)
    }

    static func refusal(_ error: PageLayoutError, format: String) -> DocumentWriterError {
        DocumentWriterError(format: format, reason: "\(format.uppercased()) options: \(error)")
    }
}

extension PagedDocumentWriter {
    /// The paged pipeline: canvas, layout into pages, drawing.
    public func write(_ document: RealizedDocument) throws(DocumentWriterError) -> RenderedOutput {
        let canvas = try makeCanvas(for: document)
        let pages = try layOut(document, on: canvas)
        return try draw(pages, on: canvas, of: document)
    }

    /// The pages, without drawing them: what `draw` receives.
    public func layOut(_ document: RealizedDocument, on canvas: Canvas) throws(DocumentWriterError) -> PageLayoutResult {
        let setup = try pageSetup(for: document)
        let layout = DocumentLayout(
            profile: setup.profile, paper: setup.paper, measurer: canvas.measurer,
            includeContents: setup.includeContents)
        do {
            return try layout.layout(document.document, pictureSizes: canvas.pictureSizes)
        } catch {
            throw PageSetup.refusal(error, format: Self.formatName)
        }
    }
}
