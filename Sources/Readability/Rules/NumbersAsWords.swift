import PlainlyModel

/// Easy read: numbers written as words. Digits are quicker to spot and to understand. A picture's
/// description is read aloud by screen readers, not read on the page, so it is left alone.
public struct NumbersAsWords: Rule {
    public static let id = "numbers-as-words"
    public static let checksUnitsIndependently = true
    public static let why = "Easy read uses digits, because many readers recognise 3 more easily than three."
    public static let examples: [RuleExample] = [
        .triggers("The meeting lasts three hours.", in: .easyRead),
        .triggers("There are twenty-five people in the group.", in: .easyRead),
        .passes("The meeting lasts 3 hours.", in: .easyRead),
        .passes("No one has to come. Everyone is welcome.", in: .easyRead),
        .passes([.picture(Picture(source: .slot, words: .description("Two people talking")))], in: .easyRead),
    ]

    static let numberWords: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
        "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion",
    ]

    let severity: Finding.Severity
    let hashes = WordSet(numberWords)

    public init(settings: RuleSettings, lists: WordLists) {
        severity = settings.severity ?? .warning
    }

    public mutating func check(_ unit: AnalysedUnit, _ findings: inout FindingSink) {
        guard unit.unit.kind != .pictureDescription else { return }
        for sentence in unit.sentences {
            for word in sentence.words where word.kind == .word {
                if !hashes.contains(hash: word.hash) {
                    // "twenty-five": every part a number word.
                    guard unit.bytes[word.range].contains(UInt8(ascii: "-")) else { continue }
                    let parts = unit.key(of: word).split(separator: "-")
                    guard parts.allSatisfy({ Self.numberWords.contains(String($0)) }) else { continue }
                }
                findings.report(
                    Self.self, severity, in: unit, range: word.range, excerpt: sentence.range,
                    "Write '\(unit.text(of: word))' as a number.",
                    suggestion: "Use digits: 3, not three.")
            }
        }
    }
}
