import Foundation
import PlainlyModel

/// Running text as Word runs. Emphasis is drawn bold, never italic (easy read forbids italic, and
/// the PDF does the same); links go only to web, email and phone addresses, or to a heading inside
/// the document.
extension BodyWriter {
    /// Plain words as one or more runs: a hard line break becomes `w:br` and a tab `w:tab`.
    func text(_ string: String, bold: Bool = false, style: String? = nil) -> String {
        var properties = ""
        if let style { properties += #"<w:rStyle w:val="\#(style)"/>"# }
        if bold { properties += "<w:b/>" }
        let open = properties.isEmpty ? "<w:r>" : "<w:r><w:rPr>\(properties)</w:rPr>"
        var out = open
        var piece = ""
        func flush() {
            if !piece.isEmpty { out += #"<w:t xml:space="preserve">\#(XMLText.escape(piece))</w:t>"# }
            piece = ""
        }
        for character in string {
            switch character {
            case "\n", "\r\n", "\r":
                flush()
                out += "<w:br/>"
            case "\t":
                flush()
                out += "<w:tab/>"
            default: piece.append(character)
            }
        }
        flush()
        return out + "</w:r>"
    }

    mutating func runs(_ inlines: [Inline], bold: Bool = false, style: String? = nil) -> String {
        var out = ""
        for inline in inlines {
            switch inline {
            case .text(let node): out += text(node.string, bold: bold, style: style)
            // Both bold, each in Word's own character style, so emphasis is read back as emphasis.
            case .strong(let node): out += runs(node.children, bold: true, style: style ?? WordMarks.strong.id)
            case .emphasis(let node): out += runs(node.children, bold: true, style: style ?? WordMarks.emphasis.id)
            case .lineBreak: out += "<w:r><w:br/></w:r>"
            case .link(let node): out += link(node, bold: bold)
            }
        }
        return out
    }

    private mutating func link(_ link: Link, bold: Bool) -> String {
        let destination = link.destination.trimmingCharacters(in: .whitespaces)
        if destination.hasPrefix("#") {
            let name = bookmarks.name(for: String(destination.dropFirst()))
            return #"<w:hyperlink w:anchor="\#(name)">"# + runs(link.children, bold: bold, style: "Hyperlink") + "</w:hyperlink>"
        }
        guard let address = Self.externalAddress(destination) else { return runs(link.children, bold: bold) }
        let id = relationships.hyperlink(address)
        return #"<w:hyperlink r:id="\#(id)" w:history="1">"# + runs(link.children, bold: bold, style: "Hyperlink") + "</w:hyperlink>"
    }

    /// A web, email or phone address Word may open, with spaces encoded; nil for any other scheme
    /// (a `javascript:` or `file:` link is shown as its words only).
    static func externalAddress(_ destination: String) -> String? {
        let lower = destination.lowercased()
        let allowed = ["http://", "https://", "mailto:", "tel:"]
        guard allowed.contains(where: { lower.hasPrefix($0) }) else { return nil }
        return destination.replacingOccurrences(of: " ", with: "%20")
    }
}
