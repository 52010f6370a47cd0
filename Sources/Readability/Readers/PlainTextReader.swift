import PlainlyModel

/// Reads plain text for checking. Paragraphs are separated by blank lines; lines starting with `-`,
/// `*`, `•` or a number and `.` or `)` are list items; `#` lines, lines underlined with `===` or `---`,
/// and a short line standing alone without closing punctuation are headings. Every unit keeps its line
/// and column.
public struct PlainTextReader: Sendable {
    public init() {}

    /// At most this many words, and no closing punctuation, for a lone line to be a heading.
    public static let headingWords = 10

    public func read(_ text: String, file: String, title: String = "") -> Document {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        var blocks: [Block] = []
        var paragraph: [(Substring, Int)] = []

        func location(_ line: Int, _ column: Int = 1) -> SourceLocation { SourceLocation(file: file, line: line, column: column) }

        func flush() {
            guard let first = paragraph.first else { return }
            let joined = paragraph.map { String($0.0.drop(while: { $0 == " " || $0 == "\t" })) }.joined(separator: "\n")
            let column = first.0.prefix(while: { $0 == " " || $0 == "\t" }).count + 1
            let inline = Inline.text(joined, at: location(first.1, column))
            let wordCount = joined.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
            let last = joined.last.map { ".!?:;,".contains($0) } ?? false
            if paragraph.count == 1 && wordCount <= Self.headingWords && !last && blocks.count < Int.max {
                blocks.append(.heading(Heading(level: 2, inlines: [inline], location: location(first.1, column))))
            } else {
                blocks.append(.paragraph(Paragraph(inlines: [inline], location: location(first.1, column))))
            }
            paragraph = []
        }

        for (offset, line) in lines.enumerated() {
            let number = offset + 1
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            let indent = line.count - trimmed.count
            if trimmed.isEmpty {
                flush()
                continue
            }
            if !paragraph.isEmpty && paragraph.count == 1, trimmed.allSatisfy({ $0 == "=" }) || trimmed.allSatisfy({ $0 == "-" }),
                trimmed.count >= 3
            {
                let (heading, at) = paragraph[0]
                let level = trimmed.first == "=" ? 2 : 3
                blocks.append(.heading(Heading(level: level, inlines: [.text(String(heading), at: location(at))], location: location(at))))
                paragraph = []
                continue
            }
            if trimmed.hasPrefix("#") {
                flush()
                let hashes = trimmed.prefix(while: { $0 == "#" }).count
                let words = trimmed.dropFirst(hashes).drop(while: { $0 == " " })
                let column = indent + hashes + (trimmed.count - hashes - words.count) + 1
                blocks.append(.heading(Heading(
                    level: min(hashes + 1, 6), inlines: [.text(String(words), at: location(number, column))], location: location(number))))
                continue
            }
            if let marker = Self.listMarkerLength(trimmed) {
                flush()
                let words = trimmed.dropFirst(marker)
                let column = indent + marker + 1
                let item = ListItem(blocks: [.paragraph(Paragraph(inlines: [.text(String(words), at: location(number, column))], location: location(number, column)))], location: location(number))
                blocks.append(.list(ListBlock(isNumbered: trimmed.first?.isNumber == true, items: [item], location: location(number))))
                continue
            }
            paragraph.append((line, number))
        }
        flush()
        return Document(metadata: Metadata(title: title, kind: .paper, profile: .plain), parts: [Part(blocks: blocks, location: location(1))])
    }

    /// "- ", "* ", "• ", "1. ", "12) ": the length of the marker and its space.
    static func listMarkerLength(_ line: Substring) -> Int? {
        if let first = line.first, "-*•".contains(first), line.dropFirst().first == " " { return 2 }
        let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let rest = line.dropFirst(digits.count)
        if let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " { return digits.count + 2 }
        return nil
    }
}
