import PlainlyModel

/// Inline content as plain text. Bold and emphasis carry no markers (screen readers would read the
/// asterisks aloud); a link shows its address after its words unless the words already are the address.
enum InlineText {
    static func render(_ inlines: [Inline]) -> String {
        var text = ""
        for inline in inlines {
            switch inline {
            case .text(let node): text += node.string
            case .strong(let node): text += render(node.children)
            case .emphasis(let node): text += render(node.children)
            case .lineBreak: text += "\n"
            case .link(let node): text += link(node)
            }
        }
        return text
    }

    private static func link(_ link: Link) -> String {
        let words = render(link.children)
        let address = link.readableAddress
        guard let address, !words.contains(address) else { return words }
        return "\(words) (\(address))"
    }
}
