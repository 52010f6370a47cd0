import Foundation

/// `<!-- … -->` in a Markdown source: a note between the people writing it. Readers never see it;
/// it is kept, with its place, so the checker can read its switches (`<!-- plainly-disable jargon -->`).
public struct WriterNote: Hashable, Sendable {
    /// What is between `<!--` and `-->`, without the spaces around it.
    public var text: String
    /// Where the note starts.
    public var location: SourceLocation
    /// The line its `-->` is on.
    public var lastLine: Int

    public init(text: String, location: SourceLocation, lastLine: Int? = nil) {
        self.text = text
        self.location = location
        self.lastLine = lastLine ?? location.line
    }

    /// A note from a whole comment as written (`<!-- text -->`, perhaps over several lines).
    public init(comment: String, at location: SourceLocation) {
        var inner = Substring(comment)
        while let first = inner.first, first.isWhitespace { inner.removeFirst() }
        while let last = inner.last, last.isWhitespace { inner.removeLast() }
        if inner.hasPrefix("<!--") { inner = inner.dropFirst(4) }
        if inner.hasSuffix("-->") { inner = inner.dropLast(3) }
        let lines = comment.utf8.reduce(0) { $0 + ($1 == 10 ? 1 : 0) } - (comment.hasSuffix("\n") ? 1 : 0)
        self.init(
            text: String(inner).trimmingCharacters(in: .whitespacesAndNewlines), location: location,
            lastLine: location.line + max(lines, 0))
    }
}
