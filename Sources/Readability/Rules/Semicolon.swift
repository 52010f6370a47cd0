/// Easy read: a semicolon joins two sentences that would be easier apart.
public struct Semicolon: Rule {
    public static let id = "semicolon"
    public static let checksUnitsIndependently = true
    public static let why = "A semicolon joins two ideas into one long sentence. Two short sentences are easier to read."
    public static let examples: [RuleExample] = [
        .triggers("The café is open; it closes at 4.", in: .easyRead),
        .passes("The café is open. It closes at 4.", in: .easyRead),
    ]

    let severity: Finding.Severity

    public init(settings: RuleSettings, lists: WordLists) {
        severity = settings.severity ?? .warning
    }

    public mutating func check(_ unit: AnalysedUnit, _ findings: inout FindingSink) {
        for sentence in unit.sentences {
            guard let at = unit.bytes[sentence.range].firstIndex(of: UInt8(ascii: ";")) else { continue }
            findings.report(
                Self.self, severity, in: unit, range: at..<(at + 1), excerpt: sentence.range,
                "This sentence has a semicolon.",
                suggestion: "Make it two sentences: end the first with a full stop.")
        }
    }
}
