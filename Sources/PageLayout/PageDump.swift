/// A readable dump of laid-out pages for golden tests: one box or structure event a line, positions
/// rounded to 0.01 pt, structure nesting shown by indentation.
public enum PageDump {
    public static func render(_ pages: [Page]) -> String {
        var out = ""
        var depth = 0
        for page in pages {
            out += "page \(page.number) of \(pages.count) \(page.size.width)x\(page.size.height)\n"
            for item in page.items {
                switch item {
                case .begin(let element):
                    out += indent(depth) + "<" + describe(element) + ">\n"
                    depth += 1
                case .end(let element):
                    depth -= 1
                    out += indent(depth) + "</\(element.role.tagName)>\n"
                case .box(let box):
                    out += indent(depth) + describe(box) + "\n"
                }
            }
        }
        return out
    }

    private static func indent(_ depth: Int) -> String { String(repeating: "  ", count: depth + 1) }

    private static func describe(_ element: StructureElement) -> String {
        var text = element.role.tagName
        if let anchor = element.anchor { text += " #\(anchor)" }
        if let alt = element.alternateText { text += " alt=\(quote(alt))" }
        return text
    }

    static func describe(_ box: Box) -> String {
        switch box {
        case .text(let line):
            let runs = line.runs.map { run -> String in
                var text = "\(run.x)+\(run.width)"
                if run.weight == .bold { text += " bold" }
                switch run.tag {
                case .span: text += " span"
                case .link(.uri(let uri)): text += " link=\(uri)"
                case .link(.anchor(let anchor)): text += " link=#\(anchor)"
                case nil: break
                }
                return text + " " + quote(run.text)
            }
            return "text y=\(line.baseline) size=\(line.size) " + runs.joined(separator: " | ")
        case .picture(let picture):
            return "picture \(picture.frame) \(picture.path)"
        case .frame(let frame):
            return "frame \(frame.frame) line=\(frame.lineWidth) \(frame.style.rawValue)"
        case .rule(let rule):
            return "rule \(rule.from.x),\(rule.from.y) to \(rule.to.x),\(rule.to.y) line=\(rule.lineWidth)"
        }
    }

    static func quote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
