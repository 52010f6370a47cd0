import PlainlyModel

/// Turns Markdown inline nodes into model inlines.
///
/// Soft line breaks become spaces and neighbouring text is merged, so the model holds the sentences
/// a reader sees rather than cmark's fragments.
struct InlineConverter {
    let context: SourceFileContext
    var diagnostics: [Diagnostic] = []
    /// Carried from block to block by `BlockConverter`, so the file gets one note.
    var pastedSpaces = PastedSpaces()

    mutating func convert(_ nodes: [MarkdownNode], parent: SourceLocation) -> [Inline] {
        var result: [Inline] = []
        for node in nodes {
            let location = context.location(node, fallback: parent)
            switch node.kind {
            case .text(let string):
                let afterSpace: Bool = if case .text(let previous)? = result.last { previous.string.last == " " } else { false }
                append(pastedSpaces.tidy(string, afterSpace: afterSpace, at: location), at: location, to: &result)
            case .code(let string): append(string, at: location, to: &result)
            case .softBreak:
                // A soft break after a space (cmark keeps a trailing non-breaking space) adds none.
                if case .text(let previous)? = result.last, previous.string.last == " " { continue }
                append(" ", at: location, to: &result)
            case .lineBreak: result.append(.lineBreak(LineBreak(location: location)))
            case .emphasis: result.append(.emphasis(convert(node.children, parent: location), at: location))
            case .strong: result.append(.strong(convert(node.children, parent: location), at: location))
            case .strikethrough:
                for inline in convert(node.children, parent: location) { appendMerging(inline, to: &result) }
            case .link(let destination, _):
                result.append(.link(destination, convert(node.children, parent: location), at: location))
            case .htmlInline(let literal) where HTMLComment.isComment(literal):
                continue
            case .htmlInline:
                diagnostics.append(.warning(
                    "Raw HTML is not passed through to the documents; it is left out.", id: "raw-html", at: location))
            case .image:
                diagnostics.append(.warning(
                    "A picture in the middle of a sentence is left out. Start a new paragraph with the picture "
                        + "so it sits beside its text.",
                    id: "inline-picture", at: location))
            default:
                diagnostics.append(.warning(
                    "This Markdown is not supported inside text and is left out.", id: "unsupported-markdown",
                    at: location))
            }
        }
        return result
    }

    private func append(_ string: String, at location: SourceLocation, to result: inout [Inline]) {
        appendMerging(.text(string, at: location), to: &result)
    }

    private func appendMerging(_ inline: Inline, to result: inout [Inline]) {
        if case .text(let new) = inline, case .text(let previous)? = result.last {
            result[result.count - 1] = .text(previous.string + new.string, at: previous.location)
        } else {
            result.append(inline)
        }
    }
}
