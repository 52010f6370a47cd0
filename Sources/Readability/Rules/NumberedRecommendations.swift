import PlainlyModel

/// A board paper's recommendations written as bullets or loose paragraphs instead of a numbered list.
public struct NumberedRecommendations: Rule {
    public static let id = "numbered-recommendations"
    public static let why = "Numbered recommendations can be talked about and minuted one by one: 'the board agreed recommendation 2'."
    public static let examples: [RuleExample] = [
        RuleExample(document: PaperSummary.paper(recommendations(numbered: false)), triggers: true),
        RuleExample(document: PaperSummary.paper(recommendations(numbered: true)), triggers: false),
        RuleExample(
            document: PaperSummary.paper([
                heading("Recommendations"), paragraph("Note the progress made."), paragraph("Approve the budget."),
            ]),
            triggers: true),
        // A single recommendation needs no number.
        RuleExample(document: PaperSummary.paper([heading("Recommendation"), paragraph("Approve the budget.")]), triggers: false),
    ]

    let severity: Finding.Severity

    public init(settings: RuleSettings, lists: WordLists) {
        severity = settings.severity ?? .warning
    }

    /// A recommendations section that reached the end of the last part: a long text file comes in
    /// pieces, and a section may go on into the next.
    var open: (heading: Heading, blocks: [Block])?

    public mutating func start(_ document: Document, _ findings: inout FindingSink) {
        guard document.metadata.kind == .paper else { return }
        for part in document.parts {
            var blocks = part.blocks
            if let open {
                blocks = [.heading(open.heading)] + Self.joined(open.blocks, blocks)
                self.open = nil
            }
            var index = 0
            while index < blocks.count {
                defer { index += 1 }
                guard case .heading(let heading) = blocks[index], Self.mentionsRecommendations(heading.inlines.plainText)
                else { continue }
                // The section runs to the next heading at the same level or above.
                let section = blocks[(index + 1)...].prefix { block in
                    if case .heading(let next) = block { return next.level > heading.level }
                    return true
                }
                if section.endIndex == blocks.endIndex {
                    open = (heading, Array(section))
                } else {
                    check(Array(section), under: heading, &findings)
                }
            }
        }
    }

    public mutating func finish(_ counts: TextCounts, _ findings: inout FindingSink) {
        if let open { check(open.blocks, under: open.heading, &findings) }
        open = nil
    }

    /// Blocks of one section cut in two, the list the cut fell in made whole again.
    static func joined(_ before: [Block], _ after: [Block]) -> [Block] {
        guard case .list(var first)? = before.last, case .list(let second)? = after.first, first.isNumbered == second.isNumbered
        else { return before + after }
        first.items += second.items
        return before.dropLast() + [.list(first)] + after.dropFirst()
    }

    /// "Recommendations", "RECOMMENDATION", "Our recommendations": compared byte by byte, because a
    /// long text file can have thousands of heading-like lines and Foundation's search is slow.
    static func mentionsRecommendations(_ text: String) -> Bool {
        // Every heading of a long paper is looked at: its bytes are read in place, with no copy.
        var text = text
        return text.withUTF8 { bytes in
            Self.word.withUTF8Buffer { word in
                var matched = 0
                for byte in bytes {
                    let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
                    if lower == word[matched] {
                        matched += 1
                        if matched == word.count { return true }
                    } else {
                        // 'r' appears in the word only at its start, so a failed match can only restart here.
                        matched = lower == word[0] ? 1 : 0
                    }
                }
                return false
            }
        }
    }

    private static let word: StaticString = "recommendation"

    private func check(_ section: [Block], under heading: Heading, _ findings: inout FindingSink) {
        for case .list(let list) in section where !list.isNumbered && list.items.count > 1 {
            findings.report(
                Self.self, severity, at: list.location, "The recommendations are bullet points, not numbered.",
                suggestion: "Use a numbered list (1. 2. 3.) so each recommendation can be agreed and minuted by number.")
            return
        }
        let hasNumberedList = section.contains { if case .list(let list) = $0 { return list.isNumbered } else { return false } }
        let paragraphs = section.filter { if case .paragraph = $0 { return true } else { return false } }
        // A line such as "The Board is asked to:" may introduce the list; several loose paragraphs are the problem.
        if !hasNumberedList && paragraphs.count > 1 {
            findings.report(
                Self.self, severity, at: heading.location, "The recommendations are written as paragraphs, not a numbered list.",
                suggestion: "Put each recommendation on its own numbered line (1. 2. 3.).")
        }
    }

    static func heading(_ text: String) -> Block { .heading(Heading(level: 2, inlines: [.text(text)])) }

    static func paragraph(_ text: String) -> Block { .paragraph(Paragraph(inlines: [.text(text)])) }

    static func recommendations(numbered: Bool) -> [Block] {
        let items = ["Note the progress made.", "Approve the budget."].map { ListItem(blocks: [paragraph($0)]) }
        return [heading("Recommendations"), paragraph("The Board is asked to:"), .list(ListBlock(isNumbered: numbered, items: items))]
    }
}
