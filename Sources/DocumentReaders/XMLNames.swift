/// Element and attribute names with their namespace prefixes resolved, so a reader matches `w:p` for
/// a paragraph whatever prefix the file binds to WordprocessingML (`<x:p>`, or none at all): the
/// namespace, not the letters, says what an element is. Known namespaces get one fixed prefix each
/// (Strict OOXML's get the same as Transitional's); a name in any other namespace becomes
/// `{namespace}local`, which no reader matches by mistake.
struct XMLNames {
    static let canonicalPrefixes: [String: String] = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
        "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
        "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
        "http://schemas.openxmlformats.org/package/2006/relationships": "rel",
        "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
        "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing": "wp",
        "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing": "wp",
        "http://schemas.openxmlformats.org/drawingml/2006/main": "a",
        "http://purl.oclc.org/ooxml/drawingml/main": "a",
        "http://schemas.openxmlformats.org/drawingml/2006/picture": "pic",
        "http://purl.oclc.org/ooxml/drawingml/picture": "pic",
        "http://schemas.openxmlformats.org/drawingml/2006/chart": "c",
        "http://purl.oclc.org/ooxml/drawingml/chart": "c",
        "http://schemas.openxmlformats.org/officeDocument/2006/math": "m",
        "http://purl.oclc.org/ooxml/officeDocument/math": "m",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingShape": "wps",
        "http://schemas.microsoft.com/office/drawing/2017/decorative": "adec",
        "http://schemas.microsoft.com/office/word/2010/wordml": "w14",
        "http://schemas.openxmlformats.org/drawingml/2006/diagram": "dgm",
        "http://purl.oclc.org/ooxml/drawingml/diagram": "dgm",
        "urn:schemas-microsoft-com:vml": "v",
        "urn:schemas-microsoft-com:office:office": "o",
        "http://schemas.openxmlformats.org/package/2006/metadata/core-properties": "cp",
        "http://purl.org/dc/elements/1.1/": "dc",
        "http://purl.org/dc/terms/": "dcterms",
    ]

    /// The prefixes bound on each open element (only those that bind any).
    private var scopes: [[String: String]] = []
    private var bindsAny: [Bool] = []

    /// Takes an element's raw name and attributes (namespace declarations among them, as `XMLParser`
    /// gives them when it does not process namespaces) and gives them back resolved.
    mutating func enter(_ name: String, attributes: [String: String]) -> (String, [String: String]) {
        var bound: [String: String] = [:]
        for (key, value) in attributes where key == "xmlns" || key.hasPrefix("xmlns:") {
            bound[key == "xmlns" ? "" : String(key.dropFirst(6))] = value
        }
        bindsAny.append(!bound.isEmpty)
        if !bound.isEmpty { scopes.append(bound) }
        var resolved: [String: String] = [:]
        for (key, value) in attributes where key != "xmlns" && !key.hasPrefix("xmlns:") {
            // An attribute without a prefix is in no namespace, whatever the default is.
            resolved[key.contains(":") ? resolve(key) : key] = value
        }
        return (resolve(name), resolved)
    }

    mutating func leave() {
        if bindsAny.popLast() == true { scopes.removeLast() }
    }

    func resolve(_ name: String) -> String {
        let prefix: String, local: Substring
        if let colon = name.firstIndex(of: ":") {
            prefix = String(name[..<colon])
            local = name[name.index(after: colon)...]
        } else {
            prefix = ""
            local = Substring(name)
        }
        guard let uri = namespace(of: prefix) else { return name }
        if let canonical = Self.canonicalPrefixes[uri] { return "\(canonical):\(local)" }
        return "{\(uri)}\(local)"
    }

    private func namespace(of prefix: String) -> String? {
        if prefix == "xml" { return nil }
        for scope in scopes.reversed() {
            if let uri = scope[prefix] { return uri }
        }
        return nil
    }
}
