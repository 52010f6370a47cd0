/// `<!-- … -->` in a source is a note between the people writing it, not content: it is dropped
/// without a warning. Any other raw HTML is dropped with one.
enum HTMLComment {
    static func isComment(_ literal: String) -> Bool {
        let trimmed = literal.trimmingWhitespace
        return trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->")
    }
}
