import PlainlyModel

/// Easy read: a line of an easy-read row holds more than one sentence. Each line of a row is shown
/// as a line of its own beside the picture, and easy read gives each sentence its own line.
public struct SentencesOnOneLine: Rule {
    public static let id = "sentences-on-one-line"
    public static let checksUnitsIndependently = true
    public static let why = "In easy read each sentence starts on a new line, so a reader can take one idea at a time."
    public static let examples: [RuleExample] = [
        .triggers([Self.row(["Walk every day.", "Do it. It will make you feel good."])], in: .easyRead),
        .passes([Self.row(["Walk every day.", "It will make you feel good."])], in: .easyRead),
        .passes([Self.row(["Ask Dr. Patel about it."])], in: .easyRead),
    ]

    let severity: Finding.Severity

    public init(settings: RuleSettings, lists: WordLists) {
        severity = settings.severity ?? .warning
    }

    public mutating func check(_ unit: AnalysedUnit, _ findings: inout FindingSink) {
        guard unit.unit.kind == .easyReadLine, unit.sentences.count > 1, let second = unit.sentences.dropFirst().first else {
            return
        }
        findings.report(
            Self.self, severity, in: unit, range: second.range, excerpt: unit.sentences[0].range.lowerBound..<second.range.upperBound,
            "This line has \(unit.sentences.count) sentences.",
            suggestion: "Put each sentence on a line of its own.")
    }

    static func row(_ lines: [String]) -> Block {
        .easyReadRow(EasyReadRow(
            picture: Picture(source: .slot, words: .description("A person walking")),
            lines: lines.map { TextLine(inlines: [.text(Text($0))]) }))
    }
}
