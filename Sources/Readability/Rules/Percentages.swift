/// Easy read: percentages and fractions, which many readers find hard.
public struct Percentages: Rule {
    public static let id = "percentages"
    public static let checksUnitsIndependently = true
    public static let why = "Many readers find percentages and fractions hard. '3 in 10 people' is easier than '30%' or 'a third'."
    public static let examples: [RuleExample] = [
        .triggers("30% of people said yes.", in: .easyRead),
        .triggers("Thirty per cent of people said yes.", in: .easyRead),
        .triggers("About a third of people said yes.", in: .easyRead),
        .triggers("Half of the group came.", in: .easyRead),
        .passes("The visit takes half a day.", in: .easyRead),
        .triggers("Fill in 3/4 of the page.", in: .easyRead),
        .passes("3 in 10 people said yes.", in: .easyRead),
        .passes("The meeting is on 23/11/2026.", in: .easyRead),
    ]

    static let fractions: Set<String> = ["half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"]
    static let counters: Set<String> = ["one", "two", "three", "four", "1", "2", "3", "4", "a"]

    let severity: Finding.Severity
    let words = WordSet(["percent", "percentage", "cent"] + Array(fractions))

    public init(settings: RuleSettings, lists: WordLists) {
        severity = settings.severity ?? .warning
    }

    public mutating func check(_ unit: AnalysedUnit, _ findings: inout FindingSink) {
        for sentence in unit.sentences {
            let words = sentence.words
            for (position, word) in words.enumerated() {
                if word.kind != .number && !self.words.contains(hash: word.hash) { continue }
                let key = unit.key(of: word)
                let previous = position > 0 ? unit.key(of: words[position - 1]) : ""
                var hit = false
                if word.kind == .number {
                    let slashes = key.filter { $0 == "/" }.count
                    hit = key.hasSuffix("%") || slashes == 1
                } else {
                    // "half a day" is everyday; "half of the people" is a proportion.
                    let following = position + 1 < words.count ? unit.key(of: words[position + 1]) : ""
                    hit = key == "percent" || key == "percentage" || (key == "cent" && previous == "per")
                        || (Self.fractions.contains(key) && (Self.counters.contains(previous) || following == "of"))
                }
                guard hit else { continue }
                findings.report(
                    Self.self, severity, in: unit, range: word.range, excerpt: sentence.range,
                    "'\(unit.text(of: word))' is a percentage or a fraction.",
                    suggestion: "Say '3 in 10 people' or 'most people' instead.")
            }
        }
    }
}
