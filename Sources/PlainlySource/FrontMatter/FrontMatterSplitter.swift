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
    static func split(_ text: String) -> FrontMatterSplit {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, isFence(first, opening: true) else {
            return FrontMatterSplit(yaml: nil, yamlLineOffset: 0, body: text, bodyLineOffset: 0)
        }
        for index in 1..<lines.count where isFence(lines[index], opening: false) {
            let yaml = lines[1..<index].joined(separator: "\n")
            let body = lines[(index + 1)...].joined(separator: "\n")
            return FrontMatterSplit(yaml: yaml, yamlLineOffset: 1, body: body, bodyLineOffset: index + 1)
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
