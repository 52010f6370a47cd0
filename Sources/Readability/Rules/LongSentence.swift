/// A sentence longer than the profile allows: a warning past one limit, an error past the other.
public struct LongSentence: Rule {
    public static let id = "long-sentence"
    public static let checksUnitsIndependently = true
    public static let why = "Long sentences make a reader hold many ideas at once. Shorter sentences are easier to follow and to read aloud."
    public static let examples: [RuleExample] = [
        .triggers("When you come to the review meeting at the day centre next month, please bring any letters from the council, your care plan and a list of the medicines you take each day."),
        .passes("Please bring your care plan and any letters from the council to the review meeting next month."),
        .triggers("Bring your letters, your care plan and your list of medicines to the meeting next week.", in: .easyRead),
        .passes("Bring your letters to the meeting.", in: .easyRead),
        .passes("Bring your letters, your care plan and your list of medicines to the meeting next week."),
    ]

    let warning: Int
    let error: Int

    public init(settings: RuleSettings, lists: WordLists) {
        warning = settings.warning ?? 25
        error = settings.error ?? 35
    }

    public mutating func check(_ unit: AnalysedUnit, _ findings: inout FindingSink) {
        for sentence in unit.sentences where sentence.words.count > warning {
            let count = sentence.words.count
            findings.report(
                Self.self, count > error ? .error : .warning, in: unit, range: sentence.range,
                FindingMessage.make(
                    .text("This sentence has "), .number(count), .text(" words. Try to keep sentences under "), .number(warning),
                    .text(".")),
                suggestion: "Split it where a new idea starts, often at 'and', 'but', 'which' or a comma.")
        }
    }
}
