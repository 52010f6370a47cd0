import Foundation
import PlainlyModel
import PlainlyTestSupport
import Testing

@testable import DocumentReaders

/// The Word reader reads what a reader of the printed page sees, once: each case here was wrong before
/// (issue 13), and `plainly check` and `plainly import` share the fix.
@Suite struct WordStoryTests {
    let maker: WordFileMaker

    init() throws { maker = try WordFileMaker() }

    static let packageRels = WordFileMaker.relationships([("rId1", "officeDocument", "word/document.xml")])

    func paragraph(_ text: String) -> String { "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>" }

    func read(_ parts: [(String, String)]) throws -> Document {
        let url = try maker.make("story.docx", parts: parts)
        return try DocxReader().read(at: url, displayPath: "story.docx")
    }

    func text(_ document: Document) -> String {
        TextOf.blocks(document.parts.flatMap(\.blocks))
    }

    @Test func mainPartIsFoundThroughThePackageRelationships() throws {
        let document = try read([
            ("_rels/.rels", WordFileMaker.relationships([("rId1", "officeDocument", "/content/main.xml")])),
            ("content/main.xml", WordFileMaker.part(paragraph("Found through the relationships."))),
            ("word/document.xml", WordFileMaker.part(paragraph("A decoy nobody points to."))),
        ])
        #expect(text(document) == "Found through the relationships.")
        let missing = try maker.make(
            "missing.docx", parts: [("_rels/.rels", WordFileMaker.relationships([("rId1", "officeDocument", "word/gone.xml")]))])
        #expect(throws: ReadError.notADocx(path: "missing.docx", reason: "it has no word/gone.xml, the part its relationships name as the document")) {
            try DocxReader().read(at: missing, displayPath: "missing.docx")
        }
    }

    @Test func namespacePrefixesAreResolvedNotMatchedAsLetters() throws {
        let namespace = WordFileMaker.namespace
        let document = try read([
            ("_rels/.rels", Self.packageRels),
            ("word/document.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <x:document xmlns:x="\(namespace)"><x:body><x:p><x:r><x:t>Any prefix.</x:t></x:r></x:p>\
                <p xmlns="\(namespace)"><r><t>No prefix at all.</t></r></p>\
                <w:p xmlns:w="urn:not-word"><w:r><w:t>Not Word's namespace.</w:t></w:r></w:p></x:body></x:document>
                """),
        ])
        #expect(text(document) == "Any prefix.\nNo prefix at all.")
    }

    @Test func footnotesAndEndnotesFollowTheTextAsNotes() throws {
        let notes = { (root: String, kind: String, text: String) in
            WordFileMaker.part(root: root, """
                <w:\(kind) w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:\(kind)>\
                <w:\(kind) w:id="1"><w:p><w:r><w:\(kind)Ref/></w:r><w:r><w:t xml:space="preserve"> \(text)</w:t></w:r></w:p></w:\(kind)>
                """, wrapInBody: false)
        }
        let document = try read([
            ("_rels/.rels", Self.packageRels),
            ("word/document.xml", WordFileMaker.part("""
                <w:p><w:r><w:t>Carers</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>\
                <w:r><w:t xml:space="preserve"> can get help.</w:t></w:r><w:r><w:endnoteReference w:id="1"/></w:r></w:p>
                """)),
            ("word/_rels/document.xml.rels", WordFileMaker.relationships([
                ("rId5", "footnotes", "notes/foot.xml"), ("rId6", "endnotes", "end.xml"),
            ])),
            ("word/notes/foot.xml", notes("w:footnotes", "footnote", "Anyone who looks after someone.")),
            ("word/end.xml", notes("w:endnotes", "endnote", "From the 2024 survey.")),
        ])
        #expect(text(document) == "Carers[1] can get help.[2]\n[1] Anyone who looks after someone.\n[2] From the 2024 survey.")
        let lines = document.parts[0].blocks.map { $0.location.line }
        #expect(lines == [1, 2, 3])
    }

    @Test func aTextBoxAndItsFallbackAreReadOnce() throws {
        let box = "<w:txbxContent><w:p><w:r><w:t>Call us free.</w:t></w:r></w:p></w:txbxContent>"
        let document = try read([
            ("_rels/.rels", Self.packageRels),
            ("word/document.xml", WordFileMaker.part("""
                <w:p><w:r><w:t xml:space="preserve">Before the box. </w:t></w:r><w:r><mc:AlternateContent>\
                <mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData>\
                <wps:wsp><wps:txbx>\(box)</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>\
                <mc:Fallback><w:pict><v:shape><v:textbox>\(box)</v:textbox></v:shape></w:pict></mc:Fallback>\
                </mc:AlternateContent></w:r><w:r><w:t>After it.</w:t></w:r></w:p>
                """)),
        ])
        #expect(text(document) == "Before the box. After it.\nCall us free.")
    }

    @Test func trackedChangesShowTheTextAsItNowStands() throws {
        let document = try read([
            ("_rels/.rels", Self.packageRels),
            ("word/document.xml", WordFileMaker.part("""
                <w:p><w:r><w:t xml:space="preserve">We </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>will try to </w:delText></w:r></w:del>\
                <w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve">always </w:t></w:r></w:ins><w:r><w:t>reply.</w:t></w:r></w:p>\
                <w:p><w:moveFrom w:id="3" w:author="A"><w:r><w:t>Moved words.</w:t></w:r></w:moveFrom></w:p>\
                <w:p><w:r><w:t xml:space="preserve">Here: </w:t></w:r><w:moveTo w:id="4" w:author="A"><w:r><w:t>Moved words.</w:t></w:r></w:moveTo></w:p>
                """)),
        ])
        #expect(text(document) == "We always reply.\nHere: Moved words.")
    }

    @Test func fieldsShowTheirResultNotTheirInstruction() throws {
        let document = try read([
            ("_rels/.rels", Self.packageRels),
            ("word/document.xml", WordFileMaker.part("""
                <w:p><w:r><w:t xml:space="preserve">See page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>\
                <w:r><w:instrText xml:space="preserve"> PAGEREF _Toc1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>\
                <w:r><w:t>4</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> or </w:t></w:r>\
                <w:fldSimple w:instr=" HYPERLINK &quot;https://example.org&quot; "><w:r><w:t>our website</w:t></w:r></w:fldSimple>\
                <w:r><w:t>.</w:t></w:r></w:p>
                """)),
        ])
        #expect(text(document) == "See page 4 or our website.")
    }

    @Test func aDropCapJoinsTheWordItStarts() throws {
        let document = try read([
            ("_rels/.rels", Self.packageRels),
            ("word/document.xml", WordFileMaker.part("""
                <w:p><w:pPr><w:framePr w:dropCap="drop" w:lines="3"/></w:pPr><w:r><w:t>O</w:t></w:r></w:p>\
                <w:p><w:r><w:t>nce upon a time.</w:t></w:r></w:p>
                """)),
        ])
        #expect(text(document) == "Once upon a time.")
    }

    @Test func commentsHeadersAndFootersAreLeftOut() throws {
        let document = try read([
            ("_rels/.rels", Self.packageRels),
            ("word/document.xml", WordFileMaker.part("""
                <w:p><w:commentRangeStart w:id="0"/><w:r><w:t>The text.</w:t></w:r><w:commentRangeEnd w:id="0"/>\
                <w:r><w:commentReference w:id="0"/></w:r></w:p>\
                <w:sectPr><w:headerReference w:type="default" r:id="rId8"/><w:footerReference w:type="default" r:id="rId9"/></w:sectPr>
                """)),
            ("word/_rels/document.xml.rels", WordFileMaker.relationships([
                ("rId7", "comments", "comments.xml"), ("rId8", "header", "header1.xml"), ("rId9", "footer", "footer1.xml"),
            ])),
            ("word/comments.xml", WordFileMaker.part(root: "w:comments", "<w:comment w:id=\"0\">\(paragraph("A reviewer's remark."))</w:comment>", wrapInBody: false)),
            ("word/header1.xml", WordFileMaker.part(root: "w:hdr", paragraph("Council header"), wrapInBody: false)),
            ("word/footer1.xml", WordFileMaker.part(root: "w:ftr", paragraph("Page footer"), wrapInBody: false)),
        ])
        #expect(text(document) == "The text.")
    }

    @Test func listsNestTablesKeepTheirHeaderAndRunsKeepBoldAndLinks() throws {
        let item = { (level: Int, num: Int, text: String) in
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(num)\"/></w:numPr></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
        }
        let numbering = WordFileMaker.part(root: "w:numbering", """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl>\
            <w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>\
            <w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>
            """, wrapInBody: false)
        let cell = { (text: String) in "<w:tc>\(paragraph(text))</w:tc>" }
        let document = try read([
            ("_rels/.rels", Self.packageRels),
            ("word/document.xml", WordFileMaker.part("""
                \(item(0, 3, "Travel"))\(item(1, 3, "Bus"))\(item(1, 3, "Train"))\(item(0, 3, "Breaks"))\
                <w:tbl><w:tblPr><w:tblLook w:val="04A0"/></w:tblPr><w:tr>\(cell("Option"))\(cell("Cost"))</w:tr>\
                <w:tr>\(cell("Keep"))\(cell("£4.50"))</w:tr></w:tbl>\
                <w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Ring </w:t></w:r>\
                <w:hyperlink r:id="rId4"><w:r><w:t>our line</w:t></w:r></w:hyperlink></w:p>
                """)),
            ("word/_rels/document.xml.rels", WordFileMaker.relationships([
                ("rId2", "numbering", "numbering.xml"), ("rId4", "hyperlink", "https://example.org/help"),
            ])),
            ("word/numbering.xml", numbering),
        ])
        let blocks = document.parts[0].blocks
        #expect(blocks.count == 3)
        guard case .list(let list) = blocks[0], case .table(let table) = blocks[1], case .paragraph(let last) = blocks[2] else {
            Issue.record("expected a list, a table and a paragraph, got \(blocks)")
            return
        }
        #expect(!list.isNumbered && list.items.count == 2)
        guard case .list(let inner) = list.items[0].blocks.last else { Issue.record("no nested list"); return }
        #expect(inner.isNumbered && inner.items.count == 2)
        #expect(table.header.map { $0.inlines.plainText } == ["Option", "Cost"])
        #expect(table.rows.map { $0.map { $0.inlines.plainText } } == [["Keep", "£4.50"]])
        #expect(last.inlines.count == 2)
        if case .strong = last.inlines[0] {} else { Issue.record("the first run is not bold") }
        if case .link(let link) = last.inlines[1] { #expect(link.destination == "https://example.org/help") } else {
            Issue.record("no link")
        }
    }
}

extension WordStoryTests {
    @Test func picturesKeepTheirAltTextAndWhatCannotBeCarriedIsSaidWithItsPlace() throws {
        let drawing = { (docPr: String, extra: String) in
            """
            <w:r><w:drawing><wp:inline>\(docPr)<a:graphic><a:graphicData>\(extra)</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>
            """
        }
        let url = try maker.make("pictures.docx", parts: [
            ("_rels/.rels", Self.packageRels),
            ("word/document.xml", WordFileMaker.part("""
                <w:p><w:r><w:t>A bus.</w:t></w:r>\(drawing("<wp:docPr id=\"1\" name=\"P\" descr=\"A red bus at the stop\"/>", "<a:blip r:embed=\"rId3\"/>"))</w:p>\
                <w:p>\(drawing("<wp:docPr id=\"2\" name=\"P\"><a:extLst><a:ext><adec:decorative xmlns:adec=\"http://schemas.microsoft.com/office/drawing/2017/decorative\" val=\"1\"/></a:ext></a:extLst></wp:docPr>", "<a:blip r:embed=\"rId3\"/>"))</w:p>\
                <w:p>\(drawing("<wp:docPr id=\"3\" name=\"Chart\"/>", "<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\"rId4\"/>"))</w:p>\
                <w:p><m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:r><m:t>x=2</m:t></m:r></m:oMath></w:p>
                """)),
            ("word/_rels/document.xml.rels", WordFileMaker.relationships([("rId3", "image", "media/bus.png"), ("rId4", "chart", "charts/chart1.xml")])),
            ("word/media/bus.png", "not really a PNG"),
        ])
        let contents = try DocxReader().readContents(at: url, displayPath: "pictures.docx", withPictures: true)
        let pictures = contents.document.parts[0].blocks.compactMap { block -> Picture? in
            if case .picture(let picture) = block { picture } else { nil }
        }
        #expect(pictures.map(\.words) == [.description("A red bus at the stop"), .decorative])
        #expect(pictures.map(\.path) == ["word/media/bus.png", "word/media/bus.png"])
        #expect(contents.pictures == ["word/media/bus.png": Array("not really a PNG".utf8)])
        #expect(contents.warnings.map(\.location.line) == [3, 4])
        #expect(contents.warnings.first?.message.hasPrefix("A chart cannot be carried") == true)
        #expect(text(contents.document).hasSuffix("x=2"))
    }
}

extension WordStoryTests {
    @Test func diagramsAndTextEffectsAreReportedAndAFieldLeftOpenHidesNothingAfterIt() throws {
        let url = try maker.make("effects.docx", parts: [
            ("_rels/.rels", Self.packageRels),
            ("word/document.xml", WordFileMaker.part("""
                <w:p><w:r><w:rPr><w14:glow xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" w14:rad="63500"/></w:rPr>\
                <w:t>Glowing words.</w:t></w:r></w:p>\
                <w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="Diagram"/><a:graphic><a:graphicData>\
                <dgm:relIds xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" r:dm="rId9"/>\
                </a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>\
                <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>\
                <w:p><w:r><w:t>Still here.</w:t></w:r></w:p>
                """)),
        ])
        let contents = try DocxReader().readContents(at: url, displayPath: "effects.docx")
        #expect(text(contents.document) == "Glowing words.\nStill here.")
        #expect(contents.warnings.map(\.location.line) == [1, 2])
        #expect(contents.warnings.map { $0.message.prefix(9) } == ["A text ef", "A diagram"])
    }
}

extension WordStoryTests {
    /// The document properties give the title, author and date; a damaged properties or numbering
    /// part is passed over (Word repairs it), while a damaged document part is still an error.
    @Test func propertiesAreReadAndADamagedOptionalPartIsPassedOver() throws {
        let document = WordFileMaker.part(paragraph("Text."))
        let core = """
            <?xml version="1.0" encoding="UTF-8"?><cp:coreProperties \
            xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">\
            <dc:title>Carers' guide</dc:title><dc:creator>Ann Lee</dc:creator>\
            <dcterms:created>2024-03-05T10:00:00Z</dcterms:created></cp:coreProperties>
            """
        let good = try maker.make("props.docx", parts: [
            ("_rels/.rels", WordFileMaker.relationships([("rId1", "officeDocument", "word/document.xml"), ("rId2", "core-properties", "docProps/core.xml")])),
            ("word/document.xml", document), ("docProps/core.xml", core),
        ])
        let properties = try DocxReader().readContents(at: good, displayPath: "props.docx").properties
        #expect(properties == WordProperties(title: "Carers' guide", creator: "Ann Lee", created: "2024-03-05T10:00:00Z"))
        let damaged = try maker.make("damaged.docx", parts: [
            ("_rels/.rels", Self.packageRels), ("word/document.xml", document), ("docProps/core.xml", "<cp:coreProperties><dc:title>"),
            ("word/_rels/document.xml.rels", WordFileMaker.relationships([("rId2", "numbering", "numbering.xml")])),
            ("word/numbering.xml", "<w:numbering><oops></w:numbering>"),
        ])
        let contents = try DocxReader().readContents(at: damaged, displayPath: "damaged.docx")
        #expect(text(contents.document) == "Text.")
        #expect(contents.properties == WordProperties())
    }
}

/// The text of blocks as lines, one a paragraph, heading, list item or table row (cells joined by a space).
enum TextOf {
    static func blocks(_ blocks: [Block]) -> String {
        lines(blocks).joined(separator: "\n")
    }

    static func lines(_ blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case .paragraph(let node): [node.inlines.plainText]
            case .heading(let node): [node.inlines.plainText]
            case .list(let list): list.items.flatMap { lines($0.blocks) }
            case .table(let table): ([table.header] + table.rows).filter { !$0.isEmpty }.map { $0.map(\.inlines.plainText).joined(separator: " ") }
            case .picture(let picture): ["[picture: \(picture.description)]"]
            default: []
            }
        }
    }
}
