import Foundation

/// A readable dump of a finished PDF's structure tree, for golden tests: one element a line,
/// indented by depth, with its /Alt, /Scope, and how many pieces of page content and annotations
/// it holds. Also the catalog entries PDF/UA asks for.
public enum TagTreeDump {
    public static func render(_ pdf: Data) throws(PDFWriterError) -> String {
        let document = try PDFFile(pdf: pdf)
        let root = document.object(document.catalog)
        var out = ""
        out += "lang \(resolve(root["Lang"], in: document)?.textValue ?? "-")\n"
        let preferences = resolve(root["ViewerPreferences"], in: document)
        out += "display-doc-title \(resolve(preferences?["DisplayDocTitle"], in: document).map(describe) ?? "-")\n"
        guard let tree = resolve(root["StructTreeRoot"], in: document) else { return out + "no structure tree\n" }
        var visited = Set<Int>()
        for kid in tree["K"]?.items ?? [] { dump(kid, depth: 0, in: document, visited: &visited, into: &out) }
        return out
    }

    /// The value itself, or the object a reference names.
    private static func resolve(_ value: PDFValue?, in document: PDFFile) -> PDFValue? {
        guard let value else { return nil }
        if let number = value.referenceValue { return document.object(number) }
        return value
    }

    private static func describe(_ value: PDFValue) -> String {
        switch value {
        case .bool(let flag): "\(flag)"
        case .name(let name): "/" + name
        case .text(let text): text
        case .integer(let number): "\(number)"
        default: "\(value)"
        }
    }

    private static func dump(
        _ kid: PDFValue, depth: Int, in document: PDFFile, visited: inout Set<Int>, into out: inout String
    ) {
        if let number = kid.referenceValue, !visited.insert(number).inserted { return }
        guard depth < StructureMarks.deepestTree, let node = resolve(kid, in: document), let type = node["S"]?.nameValue else { return }
        var line = String(repeating: "  ", count: depth) + type
        if let alt = node["Alt"]?.textValue { line += " alt=\"\(alt)\"" }
        if let scope = resolve(node["A"], in: document)?["Scope"]?.nameValue { line += " scope=\(scope)" }
        var content = 0, annotations = 0
        var elements: [PDFValue] = []
        for child in node["K"]?.items ?? [] {
            switch resolve(child, in: document) {
            case .dictionary(let entries)?:
                switch entries["Type"]?.nameValue {
                case "OBJR": annotations += 1
                case "MCR": content += 1
                default: if entries["S"] != nil { elements.append(child) }
                }
            case .array?, nil: break
            default: content += 1
            }
        }
        if content > 0 { line += " content=\(content)" }
        if annotations > 0 { line += " annotations=\(annotations)" }
        out += line + "\n"
        for child in elements { dump(child, depth: depth + 1, in: document, visited: &visited, into: &out) }
    }
}
