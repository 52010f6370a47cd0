import PlainlyModel

/// Whether a document read from a Word file, a web page or a text file is a board paper, from its
/// headings: only papers are held to the board-paper rules (a plain-English summary, numbered
/// recommendations), so a blog post or a news article is not told it lacks one.
///
/// A heading only a paper has ("Purpose of this report", "Decision required", "The board is asked
/// to") is enough; headings many documents have ("Recommendations", "Background", "Risks") count
/// only two together.
public enum DocumentKindGuess {
    /// Headings only papers have.
    static let paperHeadings = [
        "purpose of the report", "purpose of this report", "purpose of report", "purpose of the paper",
        "purpose of this paper", "decision required", "decisions required", "decision needed",
        "the board is asked", "the committee is asked", "action required", "for decision", "for approval",
        "summary in plain english", "executive summary",
    ]
    /// Headings papers usually have, and other documents sometimes.
    static let paperLikeHeadings = [
        "recommendation", "background", "risks", "financial implications", "legal implications",
        "equality impact", "next steps", "options appraisal", "introduction and purpose",
    ]

    /// How many heading scores make a paper: one paper heading, or two paper-like ones.
    static let threshold = 2

    public static func kind(of parts: some Sequence<Part>) -> DocumentKind {
        var score = 0
        for part in parts {
            for case .heading(let heading) in part.blocks {
                score += Self.score(heading.inlines.plainText)
                if score >= threshold { return .paper }
            }
        }
        return .guide
    }

    static func score(_ heading: String) -> Int {
        let text = Array(heading.lowercased().utf8)
        if paperHeadingBytes.contains(where: { Self.bytes(text, contain: $0) }) { return threshold }
        return paperLikeHeadingBytes.contains(where: { Self.bytes(text, contain: $0) }) ? 1 : 0
    }

    // Compared as UTF-8 bytes: Foundation's `String.contains` goes through NSString and made the
    // guess a few milliseconds of a long text file's check, before any worker could start. (The
    // standard library's generic `firstRange(of:)` was no faster: 110 million instructions on the
    // first piece of 5 MB of prose, against 2 million for this loop.)
    private static let paperHeadingBytes = paperHeadings.map { Array($0.utf8) }
    private static let paperLikeHeadingBytes = paperLikeHeadings.map { Array($0.utf8) }

    private static func bytes(_ text: [UInt8], contain phrase: [UInt8]) -> Bool {
        guard let first = phrase.first, text.count >= phrase.count else { return false }
        var start = 0
        while start + phrase.count <= text.count {
            if text[start] == first && text[start..<start + phrase.count].elementsEqual(phrase) { return true }
            start += 1
        }
        return false
    }
}
