/// Separates YAML front matter (between `---` lines at the very top) from the Markdown body.
///
/// Line numbers matter: the YAML starts on line 2 of the file and the body on the line after the
/// closing fence, so both offsets are kept for positions in messages.
struct FrontMatterSplit: Equatable {
    /// The YAML text, or nil when the file has no front matter.
    var yaml: String?
    /// Lines before the YAML's first line (1 when there is front matter).
    var yamlLineOffset: Int
    var body: String
    /// Lines before the body's first line.
    var bodyLineOffset: Int
    /// Set when a front matter block was opened but never closed.
    var unclosedAtLine: Int?
}

enum FrontMatterSplitter {
    /// Reads only as far as the closing fence: a long document's body is copied once, never split
    /// into lines and joined again.
    static func split(_ text: String) -> FrontMatterSplit {
        var lineStart = text.startIndex
        var lineNumber = 0
        while true {
            let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[lineStart..<lineEnd]
            if lineNumber == 0 {
                guard isFence(line, opening: true) else {
                    return FrontMatterSplit(yaml: nil, yamlLineOffset: 0, body: text, bodyLineOffset: 0)
                }
            } else if isFence(line, opening: false) {
                let yamlStart = text.index(after: text[text.startIndex...].firstIndex(of: "\n")!)
                let yaml = lineNumber == 1 ? "" : String(text[yamlStart..<text.index(before: lineStart)])
                let body = lineEnd == text.endIndex ? "" : String(text[text.index(after: lineEnd)...])
                return FrontMatterSplit(yaml: yaml, yamlLineOffset: 1, body: body, bodyLineOffset: lineNumber + 1)
            }
            guard lineEnd < text.endIndex else { break }
            lineStart = text.index(after: lineEnd)
            lineNumber += 1
        }
        return FrontMatterSplit(yaml: nil, yamlLineOffset: 0, body: text, bodyLineOffset: 0, unclosedAtLine: 1)
    }

    /// `---` opens and closes; YAML's own `...` may also close. Trailing spaces and CR are allowed.
    private static func isFence(_ line: Substring, opening: Bool) -> Bool {
        var trimmed = line
        while let last = trimmed.last, last == " " || last == "\t" || last == "\r" { trimmed.removeLast() }
        return trimmed == "---" || (!opening && trimmed == "...")
    }
}
