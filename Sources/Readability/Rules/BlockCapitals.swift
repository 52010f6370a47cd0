/// Words in block capitals, which are harder to read than ordinary letters.
public struct BlockCapitals: Rule {
    public static let id = "block-capitals"
    public static let checksUnitsIndependently = true
    public static let why = "Words in capitals lose their shape, so they are slower to read. Use bold for the few words that matter most."
    public static let examples: [RuleExample] = [
        .triggers("PLEASE BRING YOUR LETTER.", in: .easyRead),
        .triggers("This is IMPORTANT for you.", in: .easyRead),
        .passes("Please bring your NHS number.", in: .easyRead),
        .passes("Please bring your letter.", in: .easyRead),
        // One short everyday word in capitals, for stress.
        .triggers("The event is FREE for carers.", in: .largePrint),
        .triggers("Do NOT tell anyone your PIN.", in: .easyRead),
        .passes("Ask the SEND Strategic Board.", in: .largePrint),
        .passes("Your PA can help.", in: .largePrint),
        .passes("Ask the SEND team about it.", in: .largePrint),
        .triggers("We are CLOSED on Monday.", in: .largePrint),
    ]

    let severity: Finding.Severity
    let known: Set<String>
    let table: SyllableTable
    let stressed: StressedCapitals

    public init(settings: RuleSettings, lists: WordLists) {
        severity = settings.severity ?? .warning
        known = lists.knownAcronyms
        table = .shipped
        stressed = StressedCapitals(lists)
    }

    public mutating func check(_ unit: AnalysedUnit, _ findings: inout FindingSink) {
        for sentence in unit.sentences {
            let words = sentence.words
            var position = 0
            while position < words.count {
                var end = position
                while end < words.count && isCapitals(words[end], unit) { end += 1 }
                let run = end - position
                let single = run == 1
                    && ((words[position].letters >= StressedCapitals.dictionaryWordLetters && isDictionaryWord(words[position], unit)) || stressed.isStressed(position, in: words, unit))
                if run >= 2 || single {
                    let range = words[position].range.lowerBound..<words[end - 1].range.upperBound
                    findings.report(
                        Self.self, severity, in: unit, range: range, excerpt: sentence.range,
                        "'\(unit.text(range))' is in block capitals.",
                        suggestion: "Write it in ordinary letters; use bold if it must stand out.")
                }
                position = max(end, position + 1)
            }
        }
    }

    func isCapitals(_ word: Word, _ unit: AnalysedUnit) -> Bool {
        word.kind == .acronym && word.letters >= 2 && !known.contains(unit.key(of: word))
            && !(word.letters <= 4 && !isDictionaryWord(word, unit))
    }

    func isDictionaryWord(_ word: Word, _ unit: AnalysedUnit) -> Bool {
        table.syllables(of: unit.key(of: word)) != nil
    }
}
