import PlainlyModel

/// Inline content as stretches of print, each with its source position. Bold and emphasis carry no
/// braille typeform indicators: easy read forbids them in print, and a reader gains nothing from
/// indicators around words the print only stresses. A link's address follows its words, as in the
/// text writer, unless the words already are the address.
enum InlineSegments {
    typealias Segment = Transcriber.Segment

    static func render(_ inlines: [Inline]) -> [Segment] {
        var segments: [Segment] = []
        for inline in inlines {
            switch inline {
            case .text(let node): segments.append(Segment(node.string, at: node.location))
            case .strong(let node): segments += render(node.children)
            case .emphasis(let node): segments += render(node.children)
            case .lineBreak(let node): segments.append(Segment("\n", at: node.location))
            case .link(let node): segments += link(node)
            }
        }
        return segments
    }

    /// The segments split at hard line breaks: each piece starts a new braille line.
    static func lines(_ inlines: [Inline]) -> [[Segment]] {
        var lines: [[Segment]] = [[]]
        for segment in render(inlines) {
            let pieces = segment.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if index > 0 { lines.append([]) }
                if !piece.isEmpty { lines[lines.count - 1].append(Segment(String(piece), at: segment.location)) }
            }
        }
        return lines
    }

    private static func link(_ link: Link) -> [Segment] {
        let words = render(link.children)
        let said = words.map(\.text).joined()
        guard let address = link.readableAddress, !said.contains(address) else { return words }
        return words + [Segment(" (\(address))", at: link.location)]
    }
}
