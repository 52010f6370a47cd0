import PlainlyModel

/// `word/styles.xml`: Word's own style names (Title, Heading 1–3, List Bullet, List Number, Caption,
/// Hyperlink, TOC 1, Strong, Emphasis) so a reader can restyle the document or navigate it by headings, and Plainly's own
/// (`WordMarks`), all sized from the profile. Left-aligned, 1.5 lines, no hyphenation, in the document's
/// language.
struct StylesPart {
    /// The font the PDF and web page use; Word takes Arial when it is not installed (`FontTablePart`).
    static let font = "Atkinson Hyperlegible"

    let profile: DocxProfile
    let language: String
    /// The width text may take, in twips: where the contents' page numbers are set.
    var textWidth = 9_000

    private var body: Double { profile.bodySize.value }

    /// Twips for a multiple of the body size.
    private func space(_ multiple: Double) -> Int { Int((body * multiple * 20).rounded()) }

    /// `w:line` for a line spacing: 240 is single.
    private func line(_ spacing: Double) -> Int { Int((240 * spacing).rounded()) }

    var xml: String {
        let lang = XMLText.escape(language)
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        out += #"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
        out += "<w:docDefaults><w:rPrDefault><w:rPr>"
        out += #"<w:rFonts w:ascii="\#(Self.font)" w:hAnsi="\#(Self.font)" w:eastAsia="\#(Self.font)" w:cs="\#(Self.font)"/>"#
        out += #"<w:color w:val="000000"/><w:sz w:val="\#(profile.bodySize.halfPoints)"/><w:szCs w:val="\#(profile.bodySize.halfPoints)"/>"#
        out += #"<w:lang w:val="\#(lang)" w:eastAsia="\#(lang)" w:bidi="\#(lang)"/></w:rPr></w:rPrDefault>"#
        out += #"<w:pPrDefault><w:pPr><w:suppressAutoHyphens/><w:spacing w:before="0" w:after="\#(space(profile.paragraphSpacing))" w:line="\#(line(DocxProfile.lineSpacing))" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr></w:pPrDefault>"#
        out += "</w:docDefaults>"

        out += #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>"#
        out += #"<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>"#
        out += #"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#

        let headingSpacing = line(1.25)
        out += paragraphStyle(
            "Title", name: "Title", pPr: #"<w:keepNext/><w:spacing w:before="\#(space(2))" w:after="\#(space(0.8))" w:line="\#(headingSpacing)" w:lineRule="auto"/>"#,
            rPr: "<w:b/><w:bCs/>" + size(profile.headingSize(level: 1).halfPoints))
        out += paragraphStyle(
            "Subtitle", name: "Subtitle", pPr: #"<w:spacing w:after="\#(space(0.8))" w:line="\#(line(1.3))" w:lineRule="auto"/>"#,
            rPr: size(profile.headingSize(level: 3).halfPoints))
        for level in 1...3 {
            let pPr = #"<w:keepNext/><w:keepLines/><w:spacing w:before="\#(space(1.3))" w:after="\#(space(0.4))" w:line="\#(headingSpacing)" w:lineRule="auto"/><w:outlineLvl w:val="\#(level - 1)"/>"#
            out += paragraphStyle(
                "Heading\(level)", name: "heading \(level)", pPr: pPr,
                rPr: "<w:b/><w:bCs/>" + size(profile.headingSize(level: level + 1).halfPoints))
        }
        let listSpacing = #"<w:spacing w:after="\#(space(0.3))"/>"#
        out += paragraphStyle(
            "ListBullet", name: "List Bullet",
            pPr: #"<w:numPr><w:numId w:val="\#(ListNumbering.bulletID)"/></w:numPr>"# + listSpacing, rPr: "")
        out += paragraphStyle(
            "ListNumber", name: "List Number",
            pPr: #"<w:numPr><w:numId w:val="\#(ListNumbering.numberID)"/></w:numPr>"# + listSpacing, rPr: "")
        out += paragraphStyle("Caption", name: "caption", pPr: #"<w:keepNext/><w:spacing w:after="\#(space(0.3))"/>"#, rPr: "<w:b/><w:bCs/>")
        // Plainly's own, named so a Word user sees what each is and `plainly import` knows what Plainly made.
        typealias Marks = WordMarks
        out += paragraphStyle(Marks.titlePage, pPr: "", rPr: "")
        out += paragraphStyle(Marks.writtenBy, pPr: "<w:keepNext/>", rPr: "")
        out += paragraphStyle(Marks.draftNote, pPr: "<w:keepNext/>", rPr: "")
        out += paragraphStyle(Marks.calloutTitle, pPr: #"<w:keepNext/><w:spacing w:after="\#(space(0.3))"/>"#, rPr: "<w:b/><w:bCs/>")
        // Word's own contents styles, which Word uses again when it updates the contents.
        out += #"<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Heading1"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>"#
        let tab = #"<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="\#(textWidth)"/></w:tabs>"#
        out += paragraphStyle("TOC1", name: "toc 1", pPr: tab + #"<w:spacing w:after="\#(space(0.3))"/>"#, rPr: "<w:b/><w:bCs/>")
        out += paragraphStyle("TOC2", name: "toc 2", pPr: tab + #"<w:spacing w:after="\#(space(0.3))"/><w:ind w:left="\#(space(1.5))"/>"#, rPr: "")
        out += paragraphStyle(Marks.hardWord, pPr: #"<w:keepNext/><w:spacing w:after="0"/>"#, rPr: "<w:b/><w:bCs/>")
        out += paragraphStyle(Marks.hardWordMeaning, pPr: #"<w:ind w:left="\#(space(1.5))"/>"#, rPr: "")
        out += paragraphStyle(Marks.contactLine, pPr: "", rPr: "")
        out += paragraphStyle(Marks.tableText, pPr: #"<w:spacing w:after="\#(space(0.2))"/>"#, rPr: "")
        out += paragraphStyle(Marks.easyReadLine, pPr: #"<w:spacing w:after="\#(space(0.3))"/>"#, rPr: "")
        let pictureSpacing = #"<w:spacing w:before="\#(space(0.3))" w:after="\#(space(0.3))" w:line="240" w:lineRule="auto"/>"#
        out += paragraphStyle(Marks.picture, pPr: pictureSpacing, rPr: "")
        out += paragraphStyle(Marks.pictureSlot, pPr: pictureSpacing, rPr: "")
        out += paragraphStyle(Marks.pictureCredit, pPr: "", rPr: "")
        out += paragraphStyle(Marks.profileName, pPr: #"<w:spacing w:after="\#(space(0.8))"/>"#, rPr: size(profile.headingSize(level: 3).halfPoints))
        out += paragraphStyle(Marks.coverPicture, pPr: pictureSpacing, rPr: "")
        out += paragraphStyle(Marks.logo, pPr: pictureSpacing, rPr: "")
        out += paragraphStyle("Footer", name: "footer", pPr: #"<w:spacing w:after="0"/>"#, rPr: "")
        out += #"<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:color w:val="1F4E9E"/><w:u w:val="single"/></w:rPr></w:style>"#
        // Emphasis is bold, never italic (easy read forbids italic); a style of its own keeps it emphasis.
        for style in [Marks.strong, Marks.emphasis] {
            out += #"<w:style w:type="character" w:styleId="\#(style.id)"><w:name w:val="\#(style.name)"/><w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>"#
        }

        out += tableStyle(Marks.table, borders: ("single", 8), cellMargin: space(0.3), header: true)
        out += tableStyle(Marks.easyReadRow, borders: ("none", 0), cellMargin: space(0.4), header: false)
        out += tableStyle(Marks.pictureSlotBox, borders: ("none", 0), cellMargin: space(0.4), header: false)
        out += tableStyle(Marks.contactCard, borders: ("single", 24), cellMargin: space(0.6), header: false)
        for kind in Callout.Kind.allCases {
            out += tableStyle(Marks.callout(kind), borders: ("single", 24), cellMargin: space(0.6), header: false)
        }
        return out + "</w:styles>"
    }

    private func size(_ halfPoints: Int) -> String { #"<w:sz w:val="\#(halfPoints)"/><w:szCs w:val="\#(halfPoints)"/>"# }

    private func paragraphStyle(_ style: WordMarks.Style, pPr: String, rPr: String) -> String {
        paragraphStyle(style.id, name: style.name, pPr: pPr, rPr: rPr)
    }

    private func paragraphStyle(_ id: String, name: String, pPr: String, rPr: String) -> String {
        var out = #"<w:style w:type="paragraph" w:styleId="\#(id)"><w:name w:val="\#(name)"/><w:basedOn w:val="Normal"/>"#
        if id.hasPrefix("Heading") || id == "Title" || id == "Subtitle" { out += #"<w:next w:val="Normal"/>"# }
        out += "<w:qFormat/>"
        if !pPr.isEmpty { out += "<w:pPr>\(pPr)</w:pPr>" }
        if !rPr.isEmpty { out += "<w:rPr>\(rPr)</w:rPr>" }
        return out + "</w:style>"
    }

    /// `borders.size` is in eighths of a point (Word's unit for borders).
    private func tableStyle(_ style: WordMarks.Style, borders: (kind: String, size: Int), cellMargin: Int, header: Bool) -> String {
        var out = #"<w:style w:type="table" w:styleId="\#(style.id)"><w:name w:val="\#(style.name)"/><w:basedOn w:val="TableNormal"/>"#
        out += "<w:tblPr><w:tblBorders>"
        for edge in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            out += borders.kind == "none"
                ? #"<w:\#(edge) w:val="nil"/>"#
                : #"<w:\#(edge) w:val="\#(borders.kind)" w:sz="\#(borders.size)" w:space="0" w:color="000000"/>"#
        }
        out += "</w:tblBorders><w:tblCellMar>"
        out += #"<w:top w:w="\#(cellMargin / 2)" w:type="dxa"/><w:left w:w="\#(cellMargin)" w:type="dxa"/>"#
        out += #"<w:bottom w:w="\#(cellMargin / 2)" w:type="dxa"/><w:right w:w="\#(cellMargin)" w:type="dxa"/>"#
        out += "</w:tblCellMar></w:tblPr>"
        if header {
            out += #"<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E8E8E8"/></w:tcPr></w:tblStylePr>"#
        }
        return out + "</w:style>"
    }
}
