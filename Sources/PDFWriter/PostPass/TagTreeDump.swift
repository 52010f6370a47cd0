import CQPDF
import Foundation

/// A readable dump of a finished PDF's structure tree, for golden tests: one element a line,
/// indented by depth, with its /Alt, /Scope, and how many pieces of page content and annotations
/// it holds. Also the catalog entries PDF/UA asks for.
public enum TagTreeDump {
    public static func render(_ pdf: Data) throws(PDFWriterError) -> String {
        let document = try QPDFDocument(pdf: pdf)
        let root = document.root
        var out = ""
        out += "lang \(document.get(root, "/Lang").flatMap(document.stringValue) ?? "-")\n"
        let display = document.get(root, "/ViewerPreferences").flatMap { document.get($0, "/DisplayDocTitle") }
        out += "display-doc-title \(display.map(document.unparse) ?? "-")\n"
        guard let tree = document.get(root, "/StructTreeRoot") else { return out + "no structure tree\n" }
        dump(document.get(tree, "/K"), depth: 0, in: document, into: &out)
        return out
    }

    private static func dump(_ node: qpdf_oh?, depth: Int, in document: QPDFDocument, into out: inout String) {
        guard let node else { return }
        if document.isArray(node) {
            for item in document.items(node) { dump(item, depth: depth, in: document, into: &out) }
            return
        }
        guard document.isDictionary(node), let type = document.get(node, "/S").flatMap(document.nameValue) else { return }
        var line = String(repeating: "  ", count: depth) + String(type.dropFirst())
        if let alt = document.get(node, "/Alt").flatMap(document.stringValue) { line += " alt=\"\(alt)\"" }
        if let attributes = document.get(node, "/A"), let scope = document.get(attributes, "/Scope").flatMap(document.nameValue) {
            line += " scope=\(scope.dropFirst())"
        }
        var content = 0, annotations = 0
        let kids = document.get(node, "/K")
        let children = kids.map { document.isArray($0) ? document.items($0) : [$0] } ?? []
        for child in children {
            if document.isDictionary(child) {
                let kind = document.get(child, "/Type").flatMap(document.nameValue)
                if kind == "/OBJR" { annotations += 1 } else if kind == "/MCR" { content += 1 }
            } else if !document.isArray(child) {
                content += 1
            }
        }
        if content > 0 { line += " content=\(content)" }
        if annotations > 0 { line += " annotations=\(annotations)" }
        out += line + "\n"
        for child in children where document.isDictionary(child) && document.get(child, "/S") != nil {
            dump(child, depth: depth + 1, in: document, into: &out)
        }
    }
}
