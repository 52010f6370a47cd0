import PlainlyModel

/// The small fixed parts of a Word file: content types, package relationships, settings, the
/// font table, the footer and the document properties.
enum PackageParts {
    static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let wordML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml"

    static func contentTypes(mediaExtensions: [String]) -> String {
        var out = header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        out += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        out += #"<Default Extension="xml" ContentType="application/xml"/>"#
        let types = ["png": "image/png", "jpg": "image/jpeg", "svg": "image/svg+xml"]
        for ext in mediaExtensions.sorted() {
            if let type = types[ext] { out += #"<Default Extension="\#(ext)" ContentType="\#(type)"/>"# }
        }
        let overrides = [
            ("/word/document.xml", "\(contentType).document.main+xml"),
            ("/word/styles.xml", "\(contentType).styles+xml"),
            ("/word/settings.xml", "\(contentType).settings+xml"),
            ("/word/numbering.xml", "\(contentType).numbering+xml"),
            ("/word/fontTable.xml", "\(contentType).fontTable+xml"),
            ("/word/footer1.xml", "\(contentType).footer+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ]
        for (part, type) in overrides { out += #"<Override PartName="\#(part)" ContentType="\#(type)"/>"# }
        return out + "</Types>"
    }

    static let packageRelationships = header
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#
        + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#
        + #"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>"#
        + "</Relationships>"

    /// No automatic hyphenation (easy read and large print forbid split words), the document's
    /// language, and Word 2013+ compatibility so Word does not open it in compatibility mode.
    /// The document variables say what kind of document it is and its profile (`WordMarks`), so
    /// `plainly import` of the file gives back a source that builds the same.
    static func settings(_ metadata: Metadata) -> String {
        var variables = [(WordMarks.kindVariable, metadata.kind.rawValue), (WordMarks.profileVariable, metadata.profile.rawValue)]
        if metadata.newsletter.articleStartsNewPage { variables.append((WordMarks.articleBreakVariable, "page")) }
        return header + #"<w:settings xmlns:w="\#(wordML)"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>"#
            + #"<w:autoHyphenation w:val="false"/><w:characterSpacingControl w:val="doNotCompress"/>"#
            + #"<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>"#
            + "<w:docVars>" + variables.map { #"<w:docVar w:name="\#($0.0)" w:val="\#($0.1)"/>"# }.joined() + "</w:docVars>"
            + #"<w:themeFontLang w:val="\#(XMLText.escape(metadata.language))"/></w:settings>"#
    }

    /// Atkinson Hyperlegible, with Arial named as the font to use where it is not installed.
    static let fontTable = header + #"<w:fonts xmlns:w="\#(wordML)">"#
        + #"<w:font w:name="\#(StylesPart.font)"><w:altName w:val="Arial"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>"#
        + #"<w:font w:name="Arial"><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>"#
        + "</w:fonts>"

    /// "Page 3 of 12" from Word's PAGE and NUMPAGES fields in the wording every format uses, and
    /// the draft notice at the right while any part is a draft, as in the PDF.
    static func footer(isDraft: Bool, rightTab: Int) -> String {
        let sentinels = (page: 1_234_567, total: 7_654_321)
        let wording = Wording.page(sentinels.page, of: sentinels.total)
        var runs = ""
        var rest = Substring(wording)
        for (sentinel, field) in [(String(sentinels.page), "PAGE"), (String(sentinels.total), "NUMPAGES")] {
            guard let range = rest.range(of: sentinel) else { continue }
            runs += literal(String(rest[..<range.lowerBound]))
            runs += #"<w:fldSimple w:instr=" \#(field) "><w:r><w:t>1</w:t></w:r></w:fldSimple>"#
            rest = rest[range.upperBound...]
        }
        runs += literal(String(rest))
        if isDraft { runs += "<w:r><w:tab/></w:r>" + literal(Wording.draftFooter) }
        return header + #"<w:ftr xmlns:w="\#(wordML)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
            + #"<w:p><w:pPr><w:pStyle w:val="Footer"/><w:tabs><w:tab w:val="right" w:pos="\#(rightTab)"/></w:tabs></w:pPr>\#(runs)</w:p></w:ftr>"#
    }

    private static func literal(_ text: String) -> String {
        text.isEmpty ? "" : #"<w:r><w:t xml:space="preserve">\#(XMLText.escape(text))</w:t></w:r>"#
    }

    /// Title, authors as the creator, language; the document's own date as its creation date, and
    /// no clock time, so two builds of the same source are the same bytes.
    static func core(_ metadata: Metadata) -> String {
        var out = header + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#
        out += #"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#
        out += #"xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
        out += "<dc:title>\(XMLText.escape(metadata.title))</dc:title>"
        if let subtitle = metadata.subtitle { out += "<dc:subject>\(XMLText.escape(subtitle))</dc:subject>" }
        if !metadata.authors.isEmpty { out += "<dc:creator>\(XMLText.escape(metadata.authors.joined(separator: "; ")))</dc:creator>" }
        out += "<dc:language>\(XMLText.escape(metadata.language))</dc:language>"
        if let version = metadata.version { out += "<cp:version>\(XMLText.escape(version))</cp:version>" }
        if let date = metadata.date {
            out += #"<dcterms:created xsi:type="dcterms:W3CDTF">\#(date.iso)T00:00:00Z</dcterms:created>"#
        }
        return out + "</cp:coreProperties>"
    }

    static let app = header
        + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">"#
        + "<Application>Plainly</Application><DocSecurity>0</DocSecurity></Properties>"
}
