import CQPDF
import Foundation
import PageLayout
import PlainlyModel

/// Adds, with libqpdf, what Cairo 1.16 cannot write and PDF/UA-1 requires: the document language,
/// DisplayDocTitle, the XMP packet with `pdfuaid:part`, /Alt on figures, /Scope on header cells,
/// /Contents on link annotations, /Tabs /S on pages, artifacts round untagged drawing, and dates
/// from the document (never the clock).
struct AccessibilityPostPass {
    var metadata: Metadata
    var makers: [String]
    var record: PageDrawer.Record

    static let producer = "Plainly (Cairo and libqpdf)"

    func apply(to pdf: Data) throws(PDFWriterError) -> Data {
        let document = try QPDFDocument(pdf: pdf)
        let root = document.root
        document.set(root, "/Lang", document.text(metadata.language))
        let preferences = document.get(root, "/ViewerPreferences") ?? document.dictionary()
        document.set(preferences, "/DisplayDocTitle", document.bool(true))
        document.set(root, "/ViewerPreferences", preferences)
        document.set(root, "/MarkInfo", document.parse("<< /Marked true >>"))
        if document.get(root, "/Outlines") != nil { document.set(root, "/PageMode", document.name("/UseOutlines")) }

        let xmp = XMPPacket(
            title: metadata.title, language: metadata.language, creators: makers, description: metadata.subtitle,
            date: metadata.date, producer: Self.producer)
        document.set(root, "/Metadata", document.stream(Array(xmp.xml.utf8), entries: [
            "/Type": document.name("/Metadata"), "/Subtype": document.name("/XML"),
        ]))
        try document.check("adding the catalog entries")

        let info = document.get(document.trailer, "/Info") ?? document.dictionary()
        document.set(info, "/Title", document.text(metadata.title))
        document.set(info, "/Producer", document.text(Self.producer))
        document.set(info, "/Creator", document.text("Plainly"))
        if let date = metadata.date {
            document.set(info, "/CreationDate", document.text(XMPPacket.infoDate(date)))
            document.set(info, "/ModDate", document.text(XMPPacket.infoDate(date)))
        } else {
            // No date in the source: no date in the file, so two builds stay identical.
            document.remove(info, "/CreationDate")
            document.remove(info, "/ModDate")
        }

        if let tree = document.get(root, "/StructTreeRoot") {
            wrapInDocumentElement(tree, in: document)
        }
        if record.needsElementWalk, let tree = document.get(root, "/StructTreeRoot") {
            var figures = record.figureDescriptions[...]
            var figureCount = 0
            finishElements(document.get(tree, "/K"), in: document, figures: &figures, count: &figureCount)
            guard figureCount == record.figureDescriptions.count else {
                throw .postPass(step: "describing figures", reason:
                    "the file has \(figureCount) figures but \(record.figureDescriptions.count) were drawn")
            }
        }

        document.releaseHandles()
        for index in 0..<document.pageCount {
            let page = document.page(index)
            document.set(page, "/Tabs", document.name("/S"))
            for annotation in document.get(page, "/Annots").map(document.items) ?? [] {
                guard document.get(annotation, "/Subtype").flatMap(document.nameValue) == "/Link" else { continue }
                document.set(annotation, "/Contents", document.text(words(for: annotation, in: document)))
            }
            let content = try document.content(of: page)
            let wrapped = ContentStreamArtifacts.wrap(content)
            // A page with nothing to mark keeps its stream as Cairo compressed it.
            if wrapped != content { document.replaceContent(of: page, with: wrapped) }
            // The C API keeps every handle it gives out until told otherwise; a page's are done with.
            document.releaseHandles()
        }
        try document.check("marking artifacts and annotations")
        return try document.write()
    }

    /// Cairo 1.16 leaves out the Document element it was given and hangs the top-level elements
    /// straight from the tree root; PDF/UA readers expect one root element, so it is put back.
    private func wrapInDocumentElement(_ tree: qpdf_oh, in document: QPDFDocument) {
        guard let kids = document.get(tree, "/K") else { return }
        let children = document.isArray(kids) ? document.items(kids) : [kids]
        if children.count == 1, document.get(children[0], "/S").flatMap(document.nameValue) == "/Document" { return }
        let element = document.dictionary()
        document.set(element, "/Type", document.name("/StructElem"))
        document.set(element, "/S", document.name("/Document"))
        document.set(element, "/P", tree)
        document.set(element, "/K", document.array(children))
        let indirect = document.makeIndirect(element)
        for child in children where document.isDictionary(child) { document.set(child, "/P", indirect) }
        document.set(tree, "/K", document.array([indirect]))
    }

    /// Walks the structure tree in order: Figures get their descriptions, header cells a scope.
    private func finishElements(
        _ node: qpdf_oh?, in document: QPDFDocument, figures: inout ArraySlice<String>, count: inout Int
    ) {
        guard let node else { return }
        if document.isArray(node) {
            for item in document.items(node) { finishElements(item, in: document, figures: &figures, count: &count) }
            return
        }
        guard document.isDictionary(node), let type = document.get(node, "/S").flatMap(document.nameValue) else { return }
        switch type {
        case "/Figure":
            count += 1
            if let words = figures.popFirst() { document.set(node, "/Alt", document.text(words)) }
        case "/TH":
            document.set(node, "/A", document.parse("<< /O /Table /Scope /Column >>"))
        default: break
        }
        finishElements(document.get(node, "/K"), in: document, figures: &figures, count: &count)
    }

    /// The link's own words when known, else where it goes.
    private func words(for annotation: qpdf_oh, in document: QPDFDocument) -> String {
        if let action = document.get(annotation, "/A"), let uri = document.get(action, "/URI").flatMap(document.stringValue) {
            return record.linkWords[.uri(uri)] ?? uri
        }
        if let destination = document.get(annotation, "/Dest") {
            let name = document.stringValue(destination) ?? document.nameValue(destination).map { String($0.dropFirst()) }
            if let name { return record.linkWords[.anchor(name)] ?? "Go to \(name)" }
        }
        return "Link"
    }
}
