import PlainlyModel

/// A board paper without a "Summary in plain English" box, or with one that is itself hard to read.
///
/// Board members, and the people who use services who sit on boards, read the summary first and
/// sometimes only the summary. The box is a callout whose title says "summary"; in a Word or web
/// paper, a section under a heading that says "summary" counts too.
///
/// A long text file is checked in pieces, each passed to `start`; the summary belongs at the start,
/// so only the first piece is looked at.
public struct PaperSummary: Rule {
    public static let id = "paper-summary"
    public static let why = "Many people read only the summary of a board paper. A short, plain summary lets everyone at the meeting take part."
    public static let examples: [RuleExample] = [
        RuleExample(document: paper([.paragraph(Paragraph(inlines: [.text("The board is asked to agree the plan.")]))]), triggers: true),
        RuleExample(document: paper([summary("We want to open the day centre on Saturdays. We ask the board to agree.")]), triggers: false),
        RuleExample(
            document: paper([
                .heading(Heading(level: 2, inlines: [.text("Summary")])),
                .paragraph(Paragraph(inlines: [.text("We want to open the day centre on Saturdays. We ask the board to agree.")])),
            ]),
            triggers: false),
        RuleExample(
            document: paper([summary(
                "The purpose of this report is to provide the Board with an update in relation to the implementation "
                    + "of the transformation programme and to seek approval for the recommencement of the workstream.")]),
            triggers: true),
        // Only board papers are expected to have one.
        .passes([.paragraph(Paragraph(inlines: [.text("The board is asked to agree the plan.")]))]),
    ]

    let severity: Finding.Severity
    /// The highest UK reading age a summary should need.
    let maximumReadingAge: Int
    let lists: WordLists
    var started = false

    public init(settings: RuleSettings, lists: WordLists) {
        severity = settings.severity ?? .warning
        maximumReadingAge = settings.maximum ?? 11
        self.lists = lists
    }

    /// The advice fits what the paper is written in: Markdown has a box for it; elsewhere a heading.
    static func whereToAdd(in document: Document) -> String {
        let file = (document.parts.first?.location ?? document.metadata.location).file.lowercased()
        if file.hasSuffix(".md") || file.hasSuffix("guide.yaml") {
            return "Start with a block quote whose first line is **Summary in plain English**"
        }
        if file.hasSuffix(".docx") { return "Start the paper with a heading, 'Summary in plain English', in a box or shaded" }
        return "Start the paper with a heading, 'Summary in plain English'"
    }

    public mutating func start(_ document: Document, _ findings: inout FindingSink) {
        // Only the first part: a summary comes at the start of a paper. (A long text file is checked in
        // pieces of about 32 KB, so for a text file this is its first piece.)
        guard document.metadata.kind == .paper, !started else { return }
        started = true
        guard let summary = Self.summary(in: document.parts.flatMap(\.blocks)) else {
            findings.report(
                Self.self, severity, at: document.parts.first?.location ?? document.metadata.location,
                "This board paper has no 'Summary in plain English' box.",
                suggestion: Self.whereToAdd(in: document) + ": two or three short sentences on what the paper is about and what the board is asked to decide.")
            return
        }
        // The summary is measured on its own, by the same counting as everything else, with no rules.
        let alone = Document(metadata: Metadata(title: "Summary", kind: .guide), parts: [Part(blocks: summary.blocks)])
        let result = Checker(profile: .named(.plain), lists: lists, onlyRules: []).check(alone)
        guard let scores = result.scores else { return }
        let age = Int(max(5, scores.ukReadingAge).rounded())
        if age > maximumReadingAge {
            findings.report(
                Self.self, severity, at: summary.location,
                "The plain English summary is itself hard to read: reading age about \(age). Aim for \(maximumReadingAge) or under.",
                suggestion: "Use short sentences and everyday words; say what is asked of the board in one sentence.")
        }
    }

    /// The summary's blocks and where it starts: a "summary" callout, or the section under a "summary" heading.
    static func summary(in blocks: [Block]) -> (blocks: [Block], location: SourceLocation)? {
        for (index, block) in blocks.enumerated() {
            switch block {
            case .callout(let callout) where callout.title.lowercased().contains("summary"):
                return (callout.blocks, callout.location)
            case .heading(let heading) where heading.inlines.plainText.lowercased().contains("summary"):
                let section = blocks[(index + 1)...].prefix { if case .heading = $0 { false } else { true } }
                return (Array(section), heading.location)
            default:
                continue
            }
        }
        return nil
    }

    static func paper(_ blocks: [Block]) -> Document {
        Document(metadata: Metadata(title: "Example paper", kind: .paper, profile: .plain), parts: [Part(blocks: blocks)])
    }

    static func summary(_ text: String) -> Block {
        .callout(Callout(kind: .note, title: "Summary in plain English", blocks: [.paragraph(Paragraph(inlines: [.text(text)]))]))
    }
}
