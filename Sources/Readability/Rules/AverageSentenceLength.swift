/// The average sentence is longer than the profile allows, even if no single sentence stands out.
public struct AverageSentenceLength: Rule {
    public static let id = "average-sentence-length"
    public static let why = "A text of steady long sentences tires readers, even when no one sentence is very long."
    public static let examples: [RuleExample] = [
        RuleExample(document: .paragraphs([
            "Our team visits people in their own homes across the whole of the county on every weekday and on most bank holidays too.",
            "We help with washing, dressing, meals and medicines for as long as each person needs us, and we never rush anyone.",
        ]), triggers: true),
        RuleExample(document: .paragraphs([
            "Our team visits people at home. We come every weekday.",
            "We help with washing, dressing and meals. We stay as long as you need us.",
        ]), triggers: false),
    ]

    let maximum: Int
    let severity: Finding.Severity

    public init(settings: RuleSettings, lists: WordLists) {
        maximum = settings.maximum ?? 20
        severity = settings.severity ?? .warning
    }

    public mutating func finish(_ counts: TextCounts, _ findings: inout FindingSink) {
        guard counts.sentences > 0 else { return }
        let average = Double(counts.words) / Double(counts.sentences)
        guard average > Double(maximum) else { return }
        findings.report(
            Self.self, severity, at: .generated,
            "Sentences average \(String(format: "%.1f", average)) words. Aim for an average under \(maximum).",
            suggestion: "Split the longest sentences first; the findings marked long-sentence show them.")
    }
}
