import PlainlyModel

extension PageRenderer {
    /// Writes running text. `hardWords` is false where a link to the glossary would not belong
    /// (headings, and inside a link); `insideLink` stops links nesting, which HTML forbids.
    mutating func writeInlines(_ inlines: [Inline], hardWords: Bool = true, insideLink: Bool = false) {
        for inline in inlines {
            switch inline {
            case .text(let text): writeText(text.string, hardWords: hardWords && !insideLink)
            case .strong(let strong):
                out.open(.strong)
                writeInlines(strong.children, hardWords: hardWords, insideLink: insideLink)
                out.close(.strong)
            case .emphasis(let emphasis):
                // Kept as <em> for its meaning; the stylesheet draws it bold, never italic.
                out.open(.em)
                writeInlines(emphasis.children, hardWords: hardWords, insideLink: insideLink)
                out.close(.em)
            case .link(let link):
                if insideLink {
                    writeInlines(link.children, hardWords: false, insideLink: true)
                } else {
                    writeLink(link)
                }
            case .lineBreak: out.void(.br)
            }
        }
    }

    private mutating func writeText(_ string: String, hardWords linking: Bool) {
        guard linking, !hardWords.isEmpty else {
            writeWholeWords(string)
            return
        }
        for run in hardWords.runs(in: string, linked: &linkedHardWords) {
            switch run {
            case .plain(let text): writeWholeWords(String(text))
            case .hardWord(let text, let anchor):
                let target = fragment(anchor)
                // Screen readers say the meaning when the word is reached, without leaving the text.
                // A hyphenated hard word ("co-production") is kept on one line too.
                let classes = LineBreakPoints.isHyphenated(text) ? "hard-word whole" : "hard-word"
                var attributes: [Attribute] = [.href(target), .classes(classes)]
                if let meaning = hardWordMeanings[anchor] { attributes.append(.ariaDescribedby(meaning)) }
                out.element(.a, attributes, text: String(text))
            }
        }
    }

    /// Text whose words a narrow screen must not split: a hyphenated word is kept on one line, and
    /// an address may end a line only after a `/`, `.`, `@` or `-` (`LineBreakPoints`).
    private mutating func writeWholeWords(_ string: String) {
        for piece in LineBreakPoints.pieces(of: string) {
            switch piece {
            case .text(let text): out.text(String(text))
            case .hyphenated(let word): out.element(.span, [.classes("whole")], text: String(word))
            case .address(let parts): out.address(parts)
            }
        }
    }

    /// A link whose address passed `LinkTarget.check`; any other keeps its words and loses the link.
    private mutating func writeLink(_ link: Link) {
        switch LinkTarget.check(link.destination) {
        case .success(let target):
            if case .fragment(let id) = target.kind { fragmentLinks.append((id, link.location)) }
            out.open(.a, [.href(target)])
            if link.children.plainText.allSatisfy(\.isWhitespace) {
                // A link needs words to be found and read out; the address is better than nothing.
                out.address(link.destination)
            } else {
                writeInlines(link.children, hardWords: false, insideLink: true)
            }
            out.close(.a)
        case .failure(let refusal):
            diagnostics.append(.warning(
                "This link is shown as plain words: \(refusal.reason).", id: "unsafe-link", at: link.location))
            writeInlines(link.children, hardWords: false, insideLink: true)
        }
    }
}
