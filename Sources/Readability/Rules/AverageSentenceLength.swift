import PlainlyModel

/// The average sentence is longer than the profile allows, even if no single sentence stands out.
/// One or two sentences are not "a text of steady long sentences": their lengths are their own, and
/// long-sentence reports each that is too long. Picture descriptions are not counted: they are heard through a screen
/// reader, not read on the page, and their few words would pull an easy-read average down.
public struct AverageSentenceLength: Rule {
    public static let id = "average-sentence-length"
    public static let why = "A text of steady long sentences tires readers, even when no one sentence is very long."
    public static let examples: [RuleExample] = [
        RuleExample(document: .paragraphs([
            "Our team visits people in their own homes across the whole of the county on every weekday and on most bank holidays too.",
            "We help with washing, dressing, meals and medicines for as long as each person needs us, and we never rush anyone.",
            "We also ring people between our visits to check that they are warm and safe and have everything that they need.",
        ]), triggers: true),
        // Two sentences, neither too long: no text of steady long sentences yet.
        RuleExample(document: .paragraphs([
            "Our team visits people in their own homes across the whole of the county on every weekday and on most bank holidays too.",
            "We help with washing, dressing, meals and medicines for as long as each person needs us, and we never rush anyone.",
        ]), triggers: false),
        RuleExample(document: .paragraphs([
            "Our team visits people at home. We come every weekday.",
            "We help with washing, dressing and meals. We stay as long as you need us.",
        ]), triggers: false),
        // One sentence: long-sentence says it all; a second finding would repeat it.
        .passes("When you come to the review meeting at the day centre next month, please bring any letters from the council, your care plan and a list of your medicines."),
        // Easy read: lines of 13 and 14 words are long, however short the pictures' descriptions.
        .triggers([row("A cafe", "Tell us what you think about the new day centre and its food."),
                   row("A telephone", "We will ring you the week before the meeting to ask about a lift."),
                   row("A family", "You can bring a friend or someone from your family to help you.")], in: .easyRead),
        .passes([row("A group of people at a table", "You can bring a friend or a family member with you to the meeting if you want help.")], in: .easyRead),
        .passes([row("A cafe", "Tell us what you think about the food."), row("A telephone", "We will ring you before the meeting.")], in: .easyRead),
    ]

    static func row(_ picture: String, _ line: String) -> Block {
        .easyReadRow(EasyReadRow(picture: Picture(source: .slot, words: .description(picture)), lines: [TextLine(inlines: [.text(Text(line))])]))
    }

    /// Fewer sentences than this are not a text of steady long sentences: long-sentence speaks about each.
    static let minimumSentences = 3

    let maximum: Int
    let severity: Finding.Severity
    /// The words and sentences read on the page.
    var words = 0
    var sentences = 0

    public init(settings: RuleSettings, lists: WordLists) {
        maximum = settings.maximum ?? 20
        severity = settings.severity ?? .warning
    }

    public mutating func check(_ unit: AnalysedUnit, _ findings: inout FindingSink) {
        guard unit.unit.kind != .pictureDescription else { return }
        words += unit.wordCount
        sentences += unit.sentences.count
    }

    public mutating func finish(_ counts: TextCounts, _ findings: inout FindingSink) {
        guard sentences >= Self.minimumSentences else { return }
        let average = Double(words) / Double(sentences)
        guard average > Double(maximum) else { return }
        findings.report(
            Self.self, severity, at: .generated,
            "Sentences average \(String(format: "%.1f", average)) words. Aim for an average under \(maximum).",
            suggestion: "Split the longest sentences first; the findings marked long-sentence show them.")
    }
}
