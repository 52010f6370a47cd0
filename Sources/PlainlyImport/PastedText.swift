import Foundation

/// Text pasted from a web page or an email, tidied so the plain-text reader sees its shape: one
/// paragraph a line when the lines are not hard-wrapped (each line then stands alone, so a short line
/// without a full stop is read as a heading), `•` bullets as list items, non-breaking and doubled
/// spaces as one space.
enum PastedText {
    /// Lines this long or longer, ending mid-sentence, are taken as wrapped by the sender's mail program.
    static let wrapWidth = 50...80

    static func normalise(_ text: String) -> String {
        var lines = text.replacingAll("\r\n", "\n").split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var tidy = String(line).replacingAll("\u{00A0}", " ").replacingAll("\u{202F}", " ").replacingAll("\t", " ")
            // Indentation may mark a nested list item; doubled spaces inside the text are noise.
            let indent = String(tidy.prefix { $0 == " " })
            var rest = String(tidy.dropFirst(indent.count))
            while rest.contains("  ") { rest = rest.replacingAll("  ", " ") }
            tidy = indent + rest
            if tidy.hasPrefix("• ") || tidy.hasPrefix("· ") { tidy = "- " + tidy.dropFirst(2) }
            return tidy.trimmingTrailingSpaces
        }
        guard !isHardWrapped(lines) else { return lines.joined(separator: "\n") }
        // Not hard-wrapped: every line break ends a paragraph, except between list items.
        var spaced: [String] = []
        for line in lines {
            if let last = spaced.last, !last.isEmpty, !line.isEmpty, !(isListItem(last) && isListItem(line)) {
                spaced.append("")
            }
            spaced.append(line)
        }
        lines = spaced
        return lines.joined(separator: "\n")
    }

    /// Most long lines stop at about the same width in the middle of a sentence.
    static func isHardWrapped(_ lines: [String]) -> Bool {
        let long = lines.filter { $0.count >= wrapWidth.lowerBound }
        guard long.count >= 2 else { return false }
        let wrapped = long.filter { wrapWidth.contains($0.count) && !".!?:".contains($0.last ?? ".") }
        return wrapped.count * 2 >= long.count && !long.contains { $0.count > wrapWidth.upperBound + 20 }
    }

    static func isListItem(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " }
        if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") { return true }
        let digits = trimmed.prefix { $0.isNumber }
        return !digits.isEmpty && (trimmed.dropFirst(digits.count).hasPrefix(". ") || trimmed.dropFirst(digits.count).hasPrefix(") "))
    }
}

extension String {
    func replacingAll(_ target: String, _ replacement: String) -> String {
        replacingOccurrences(of: target, with: replacement)
    }

    var trimmingTrailingSpaces: String {
        String(reversed().drop { $0 == " " }.reversed())
    }
}
