import PlainlyModel

/// A heading more than one level below the one before it (a level 2 heading followed by a level 4).
public struct HeadingSkip: Rule {
    public static let id = "heading-skip"
    public static let why = "Screen readers and contents lists use heading levels to show how a document is built. A skipped level makes parts look missing."
    public static let examples: [RuleExample] = [
        .triggers([
            .heading(Heading(level: 2, inlines: [.text("Your care")])),
            .heading(Heading(level: 4, inlines: [.text("At home")])),
        ]),
        .passes([
            .heading(Heading(level: 2, inlines: [.text("Your care")])),
            .heading(Heading(level: 3, inlines: [.text("At home")])),
            .heading(Heading(level: 2, inlines: [.text("Money")])),
        ]),
    ]

    let severity: Finding.Severity
    /// The document title is level 1.
    var last = 1

    public init(settings: RuleSettings, lists: WordLists) {
        severity = settings.severity ?? .warning
    }

    public mutating func check(_ unit: AnalysedUnit, _ findings: inout FindingSink) {
        guard unit.unit.kind == .heading else { return }
        let level = unit.unit.level
        if level > last + 1 {
            let before = last == 1 ? "the document title" : "the heading before it"
            findings.report(
                Self.self, severity, in: unit, range: 0..<unit.bytes.count,
                "This heading skips a level: it is \(level - last) levels below \(before).",
                suggestion: "Make it one level below \(before), or add the heading that is missing.")
        }
        last = level
    }
}
