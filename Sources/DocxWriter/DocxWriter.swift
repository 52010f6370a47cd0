import Foundation
import PlainlyModel

/// Writes a document as a Word file (`.docx`): for the many people who ask for large print in
/// Word, to enlarge and restyle it themselves, and for councils asked for Word.
///
/// Our own WordprocessingML, no template: real styles (Title, Heading 1–3, List Bullet, List
/// Number, a table style whose header row repeats, Caption) sized from the profile, left-aligned,
/// 1.5 lines, no hyphenation, page numbers in the footer, the document's language, and title and
/// authors in the document properties. Easy-read rows are borderless two-column rows that never
/// split across pages; every picture carries its alt text or is marked decorative. The same
/// realized document, in the same words, as every other format.
public struct DocxWriter: DocumentWriter {
    public static let formatName = "docx"
    public static let summary = "a Word file, to enlarge and restyle, with the same words and pictures"
    public static let needsFonts = false

    public static func destination(sourceName: String, plan: BuildPlan) -> OutputDestination {
        .file("\(sourceName).docx")
    }

    public static func possibleDestinations(sourceName: String) -> [OutputDestination] {
        [.file("\(sourceName).docx")]
    }

    /// `--paper`: the page size Word prints on.
    public var paper: PaperSize
    /// `--font-size`: nil for the profile's own body size.
    public var bodySize: Points?

    public init(paper: PaperSize = .a4, bodySize: Points? = nil) {
        self.paper = paper
        self.bodySize = bodySize
    }

    public init(plan: BuildPlan) throws(DocumentWriterError) {
        self.init(paper: plan.paper, bodySize: plan.bodySize)
        // Refused here, before any format is written, when the profile is known already; a source's
        // own profile is checked when the document is written.
        if let profile = plan.profile { _ = try DocxProfile.named(profile).withBodySize(bodySize, profile: profile) }
    }

    public func write(_ document: RealizedDocument) throws(DocumentWriterError) -> RenderedOutput {
        let metadata = document.document.metadata
        let profile = try DocxProfile.named(metadata.profile).withBodySize(bodySize, profile: metadata.profile)
        var body = BodyWriter(profile: profile, paper: paper, pictures: document.pictures)
        body.write(document)
        let parts = package(body: body, metadata: metadata, isDraft: document.document.hasDraftParts)
        do {
            let data = try DocxPackage.zip(parts)
            return RenderedOutput(files: [.init(path: "document.docx", contents: data)], diagnostics: body.diagnostics)
        } catch {
            throw DocumentWriterError(format: Self.formatName, reason: error.reason)
        }
    }

    /// Every part of the file, in the order they are zipped.
    func package(body: BodyWriter, metadata: Metadata, isDraft: Bool) -> [(path: String, bytes: [UInt8])] {
        let textWidth = body.textWidth.twips
        func part(_ path: String, _ text: String) -> (path: String, bytes: [UInt8]) { (path, Array(text.utf8)) }
        var parts = [
            part("[Content_Types].xml", PackageParts.contentTypes(mediaExtensions: body.media.extensions)),
            part("_rels/.rels", PackageParts.packageRelationships),
            part("docProps/core.xml", PackageParts.core(metadata)),
            part("docProps/app.xml", PackageParts.app),
            part("word/document.xml", documentXML(body: body.xml, profile: body.profile, paper: paper)),
            part("word/_rels/document.xml.rels", body.relationships.xml),
            part("word/styles.xml", StylesPart(profile: body.profile, language: metadata.language, textWidth: textWidth).xml),
            part("word/settings.xml", PackageParts.settings(metadata)),
            part("word/numbering.xml", body.numbering.xml),
            part("word/fontTable.xml", PackageParts.fontTable),
            part("word/footer1.xml", PackageParts.footer(isDraft: isDraft, rightTab: textWidth)),
        ]
        parts += body.media.files.map { ("word/" + $0.path, $0.bytes) }
        return parts
    }

    /// The body inside its document element, ending with the page set-up: paper, margins, footer.
    func documentXML(body: String, profile: DocxProfile, paper: PaperSize) -> String {
        let margin = profile.margin.twips
        var out = PackageParts.header + #"<w:document xmlns:w="\#(PackageParts.wordML)" "#
        out += #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" "#
        out += #"xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" "#
        out += #"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" "#
        out += #"xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>"#
        out += body
        out += #"<w:sectPr><w:footerReference w:type="default" r:id="\#(Relationships.footerID)"/>"#
        out += #"<w:pgSz w:w="\#(paper.size.width.twips)" w:h="\#(paper.size.height.twips)"/>"#
        out += #"<w:pgMar w:top="\#(margin)" w:right="\#(margin)" w:bottom="\#(margin)" w:left="\#(margin)" w:header="567" w:footer="567" w:gutter="0"/>"#
        return out + "</w:sectPr></w:body></w:document>"
    }
}
