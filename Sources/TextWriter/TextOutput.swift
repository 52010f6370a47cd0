import PlainlyModel

/// Collects lines of text with one blank line between blocks, and no trailing spaces anywhere.
struct TextOutput {
    let wrapper: LineWrapper
    private var lines: [String] = []
    /// Set after a title that its first block should follow directly (a callout's title).
    private var attachNextBlock = false

    init(wrapper: LineWrapper) {
        self.wrapper = wrapper
    }

    var text: String { lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n" }

    /// Starts a new block, separated from the one before by a blank line.
    mutating func startBlock() {
        if attachNextBlock {
            attachNextBlock = false
            return
        }
        if let last = lines.last, !last.isEmpty { lines.append("") }
    }

    /// The next block follows the last line with no blank line between them.
    mutating func attachNext() { attachNextBlock = true }

    mutating func append(_ line: String) {
        attachNextBlock = false
        lines.append(LineWrapper.trimTrailing(line))
    }

    /// Wraps text; a hard line break (`\n`) starts a new line with the continuation indent.
    mutating func append(wrapping text: String, firstIndent: String = "", indent: String = "") {
        for (index, segment) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for line in wrapper.wrap(String(segment), firstIndent: index == 0 ? firstIndent : indent, indent: indent) {
                append(line)
            }
        }
    }

    mutating func paragraph(_ text: String) {
        startBlock()
        append(wrapping: text)
    }

    /// Headings are underlined: `=` for the title and part titles, `-` below them.
    mutating func heading(_ title: String, level: Int) {
        startBlock()
        let wrapped = wrapper.wrap(title)
        for line in wrapped { append(line) }
        let longest = wrapped.map(\.count).max() ?? 0
        append(String(repeating: level <= Part.titleLevel ? "=" : "-", count: max(longest, 3)))
    }
}
