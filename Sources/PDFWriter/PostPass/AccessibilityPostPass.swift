import Foundation
import PageLayout
import PlainlyModel

/// Adds, through `PDFFile`, what Cairo 1.16 cannot write and PDF/UA-1 requires: the document language,
/// DisplayDocTitle, the XMP packet with `pdfuaid:part`, /Alt on figures, /Scope on header cells,
/// /Contents on link annotations, /Tabs /S on pages, artifacts round untagged drawing, and dates
/// from the document (never the clock).
struct AccessibilityPostPass {
    var metadata: Metadata
    var makers: [String]
    var record: PageDrawer.Record

    static let producer = "Plainly (Cairo)"
    /// Pages whose content is held uncompressed at once: a few megabytes at most.
    static let pagesAtOnce = 256

    func apply(to pdf: consuming [UInt8]) throws(PDFWriterError) -> [UInt8] {
        try apply(to: PDFFile(bytes: pdf))
    }

    /// The same on a file already opened: the two halves of a long document, joined (`JoinedHalves`).
    func apply(to document: PDFFile) throws(PDFWriterError) -> [UInt8] {
        let catalog = document.catalog
        let root = document.object(catalog)
        document.set("Lang", .text(metadata.language), in: catalog)
        var preferences: [String: PDFValue] = [:]
        switch root["ViewerPreferences"] {
        case .dictionary(let entries)?: preferences = entries
        case .reference(let number)?: if case .dictionary(let entries) = document.object(number) { preferences = entries }
        default: break
        }
        preferences["DisplayDocTitle"] = .bool(true)
        document.set("ViewerPreferences", .dictionary(preferences), in: catalog)
        document.set("MarkInfo", .dictionary(["Marked": .bool(true)]), in: catalog)
        if root["Outlines"] != nil { document.set("PageMode", .name("UseOutlines"), in: catalog) }

        let xmp = XMPPacket(
            title: metadata.title, language: metadata.language, creators: makers, description: metadata.subtitle,
            date: metadata.date, producer: Self.producer)
        let packet = document.addStream(Array(xmp.xml.utf8), dictionary: ["Type": .name("Metadata"), "Subtype": .name("XML")],
                                       compress: false)
        document.set("Metadata", .reference(packet), in: catalog)
        try document.check("adding the catalog entries")

        let info = document.info
        document.set("Title", .text(metadata.title), in: info)
        document.set("Producer", .text(Self.producer), in: info)
        document.set("Creator", .text("Plainly"), in: info)
        // No date in the source: no date in the file, so two builds stay identical.
        let date = metadata.date.map { PDFValue.text(XMPPacket.infoDate($0)) }
        document.set("CreationDate", date, in: info)
        document.set("ModDate", date, in: info)

        let pages = document.pages
        if let found = root["StructTreeRoot"]?.referenceValue {
            let tree = wrapInDocumentElement(found, catalog: catalog, in: document)
            if record.needsElementWalk {
                try StructureMarks(record.marks, pages: pages).apply(to: tree, in: document)
            }
        }

        // Each page and each annotation is read once and changed once: a long document has a link
        // for every heading in its contents, and reading an object is parsing it.
        for page in pages {
            guard case .dictionary(var entries) = document.object(page) else { continue }
            entries["Tabs"] = .name("S")
            let links = entries["Annots"].map(annotations) ?? []
            document.replace(page, with: .dictionary(entries))
            for annotation in links {
                guard case .dictionary(var link) = document.object(annotation), link["Subtype"]?.nameValue == "Link" else {
                    continue
                }
                link["Contents"] = .text(words(for: link, in: document))
                document.replace(annotation, with: .dictionary(link))
            }
        }
        // Cairo leaves page content uncompressed (`PDFSurface`): each page's stream is marked and
        // compressed once, here, on every core, a batch of pages at a time so that only a batch
        // is ever held uncompressed.
        for start in stride(from: 0, to: pages.count, by: Self.pagesAtOnce) {
            let batch = Array(pages[start..<min(start + Self.pagesAtOnce, pages.count)])
            var contents: [[UInt8]] = []
            for page in batch { contents.append(try document.content(ofPage: page)) }
            let finished = ParallelMap.map(contents) { Flate.deflate(ContentStreamArtifacts.wrap($0)) }
            for (page, compressed) in zip(batch, finished) { document.replaceContent(ofPage: page, compressed: compressed) }
        }
        try document.check("marking artifacts and annotations")
        return try document.write()
    }

    /// The object numbers in a page's /Annots (Cairo writes each annotation as its own object).
    private func annotations(_ value: PDFValue) -> [Int] { value.items.compactMap(\.referenceValue) }

    /// Cairo 1.16 leaves out the Document element it was given and hangs the top-level elements
    /// straight from the tree root; PDF/UA readers expect one root element, so it is put back.
    /// The root's own object becomes the Document element and a new root holds it: the top-level
    /// elements (one per heading in a long document) already name that object as their parent,
    /// so none of them is rewritten. Returns the tree root's object number.
    private func wrapInDocumentElement(_ tree: Int, catalog: Int, in document: PDFFile) -> Int {
        guard case .dictionary(var entries) = document.object(tree), let kids = entries["K"] else { return tree }
        let children = kids.items
        if children.count == 1, let only = children[0].referenceValue, document.value("S", in: only)?.nameValue == "Document" {
            return tree
        }
        entries["K"] = .array([.reference(tree)])
        let root = document.add(.dictionary(entries))
        document.replace(tree, with: .dictionary([
            "Type": .name("StructElem"), "S": .name("Document"), "P": .reference(root), "K": .array(children),
        ]))
        document.set("StructTreeRoot", .reference(root), in: catalog)
        return root
    }

    /// The link's own words when known, else where it goes.
    private func words(for link: [String: PDFValue], in document: PDFFile) -> String {
        var action = link["A"]
        if let number = action?.referenceValue { action = document.object(number) }
        if let uri = action?["URI"]?.textValue {
            return record.linkWords[.uri(uri)] ?? uri
        }
        if let destination = link["Dest"], destination != .null {
            if let name = destination.textValue ?? destination.nameValue { return record.linkWords[.anchor(name)] ?? "Go to \(name)" }
        }
        return "Link"
    }
}
