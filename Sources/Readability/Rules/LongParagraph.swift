/// A paragraph with more sentences or words than the profile allows.
public struct LongParagraph: Rule {
    public static let id = "long-paragraph"
    public static let checksUnitsIndependently = true
    public static let why = "Long blocks of text are hard to start and easy to lose your place in. Short paragraphs give the eye a rest."
    public static let examples: [RuleExample] = [
        .triggers("We meet on Tuesdays. The room is upstairs. There is a lift. Tea is free. Bring a friend if you like. We finish at three."),
        .passes("We meet on Tuesdays. The room is upstairs, and there is a lift."),
        .triggers("We meet on Tuesdays. The room is upstairs. There is a lift. Tea is free.", in: .easyRead),
        .passes("We meet on Tuesdays. The room is upstairs.", in: .easyRead),
    ]

    let sentences: Int
    let words: Int
    let severity: Finding.Severity

    public init(settings: RuleSettings, lists: WordLists) {
        sentences = settings.sentences ?? 5
        words = settings.words ?? 120
        severity = settings.severity ?? .warning
    }

    public mutating func check(_ unit: AnalysedUnit, _ findings: inout FindingSink) {
        guard unit.unit.kind == .paragraph || unit.unit.kind == .easyReadLine || unit.unit.kind == .listItem,
            let first = unit.sentences.first, let last = unit.sentences.last
        else { return }
        let count = unit.wordCount
        guard unit.sentences.count > sentences || count > words else { return }
        findings.report(
            Self.self, severity, in: unit, range: first.range.lowerBound..<last.range.upperBound,
            excerpt: first.range,
            "This paragraph has \(unit.sentences.count) sentences and \(count) words. Try to keep paragraphs to \(sentences) sentences or \(words) words.",
            suggestion: "Break it into shorter paragraphs, one idea each, or turn a run of points into a list.")
    }
}
