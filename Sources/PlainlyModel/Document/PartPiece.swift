/// A part of a document as a reader hands it to the checker: either a part already read, or a piece
/// of a long file still to be read (DocumentReaders' `TextPiece`). The checker reads pieces on its
/// worker threads, so a long text is parsed, tokenised and checked on every processor at once.
///
/// It lives in the model, which both sides know, so the readers and the checker never import each
/// other: readers → model ← Readability.
public protocol PartPiece: Sendable {
    /// The part, or nil when the piece holds no text (blank lines only).
    func read() -> Part?
}

extension Part: PartPiece {
    public func read() -> Part? { self }
}
