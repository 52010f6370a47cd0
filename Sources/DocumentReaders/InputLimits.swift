/// The limits every reader in `DocumentReaders` keeps (for `plainly check` and `plainly import`), so
/// that a damaged or hostile file gets a clear error instead of a crash, a hang or unbounded memory. Each
/// number is far above any real document.
public enum InputLimits {
    /// The most bytes one input file may hold (a `.txt` or `.html` file, or the text of a Word
    /// document once decompressed): 64 MB. A long board paper is under 1 MB; the checker's benchmark
    /// reads 5 MB; 64 MB is about 10 million words, a hundred novels.
    public static let maximumInputBytes = 64 << 20

    /// The deepest nesting of XML elements in a Word document part: 256. Word nests a paragraph in
    /// a few levels (body, table, row, cell, paragraph, run, text); tables in tables in tables still
    /// stay under 40. libxml2 refuses documents past 256 levels by default for the same reason.
    public static let maximumXMLDepth = 256

    /// The most a Word file may expand to in all, by the sizes its archive declares and as it is
    /// decompressed: 256 MB. Word documents with many photos are a few tens of MB; only the text
    /// parts are ever decompressed, but a declared total past this means a damaged or made-up file.
    public static let maximumExpandedBytes = 256 << 20

    /// The most files a Word archive may list: 10,000 (a document with many pictures has a few hundred).
    public static let maximumArchiveEntries = 10_000

    /// How many times larger than its compressed size a part may become: 200. Word's XML compresses
    /// about 10:1, at most 30:1 for very repetitive tables; a zip bomb compresses 1000:1.
    public static let maximumCompressionRatio = 200

    /// Parts smaller than this once decompressed (1 MB) are never refused for their ratio: a short
    /// part of repeated markup can compress far better than 200:1 and costs nothing.
    public static let compressionRatioFloor = 1 << 20

    /// How much of the start of a plain text is read to tell whether its lines were wrapped by the
    /// writer's mail program (`PlainTextShape`): its first 64 KB. The decision is made once, before
    /// the first piece is handed on, so a streamed `.txt` holds at most this much (and one chunk)
    /// ahead of what it has handed on, however long the file. 64 KB is 900 lines at 72 columns, far
    /// more than the few dozen lines the decision needs.
    public static let wrapEvidenceBytes = 64 << 10

    /// At most this many lines with text, of those in `wrapEvidenceBytes`, are looked at: 200, about
    /// four pages of an email. Enough for a dozen paragraphs, each with several lines at the full width.
    public static let wrapEvidenceLines = 200

    /// A text read line by line (every line break ends a paragraph) that goes on without a blank line
    /// is handed on in pieces of about this much, 64 KB, cut between lines, so a long web page saved as
    /// text is not held whole; a hard-wrapped text is cut only at blank lines, where its paragraphs end.
    public static let lineByLinePieceBytes = 64 << 10
}
