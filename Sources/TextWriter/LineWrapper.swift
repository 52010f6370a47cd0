/// Wraps text at word boundaries into lines of at most `width` characters.
///
/// A word, URL or email address is never split: one longer than the line stands on a line of its own.
/// `firstIndent` starts the first line (a list label, say) and `indent` the lines after it, so
/// wrapped list items and definitions hang neatly under their text.
struct LineWrapper {
    var width: Int

    func wrap(_ text: String, firstIndent: String = "", indent: String = "") -> [String] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        guard !words.isEmpty else { return firstIndent.isEmpty ? [] : [Self.trimTrailing(firstIndent)] }
        var lines: [String] = []
        var line = firstIndent
        var lineHasWord = false
        for word in words {
            if lineHasWord && line.count + 1 + word.count > width {
                lines.append(line)
                line = indent
                lineHasWord = false
            }
            if lineHasWord { line += " " }
            line += word
            lineHasWord = true
        }
        lines.append(line)
        return lines
    }

    static func trimTrailing(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}
