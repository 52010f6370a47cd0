/// Easy read: a shortened word such as "e.g." or "approx.", which many readers do not know. Titles
/// before names ("Dr", "Mr") are fine, and so is a name spelt like a short form ("Max").
public struct EasyReadAbbreviation: Rule {
    public static let id = "easy-read-abbreviation"
    public static let checksUnitsIndependently = true
    public static let why = "Shortened words like 'e.g.' and 'approx.' are a code some readers do not know. The whole words are easy."
    public static let examples: [RuleExample] = [
        .triggers("Bring something to eat, e.g. a sandwich.", in: .easyRead),
        .triggers("The walk takes approx. 1 hour.", in: .easyRead),
        .triggers("Bring pens, paper etc.", in: .easyRead),
        .passes("Bring something to eat, for example a sandwich.", in: .easyRead),
        .passes("Dr Patel will see you.", in: .easyRead),
        .triggers("The max you can get is £50.", in: .easyRead),
        .triggers("Max. 2 people in the lift.", in: .easyRead),
        // A capital and no full stop: someone's name.
        .passes("Max will meet you at the door.", in: .easyRead),
        .passes("Ask Max at the door.", in: .easyRead),
    ]

    /// Short forms that are also first names: written with a capital and no full stop, they are the name.
    static let alsoNames: Set<String> = ["max"]

    /// Each shortened word (lowercase, without its full stops) and the words to use instead.
    static let wholeWords: [String: String] = [
        "eg": "for example", "ie": "that is", "etc": "and so on", "approx": "about", "incl": "including",
        "vs": "against", "viz": "that is", "nb": "please note", "esp": "especially", "max": "at most",
    ]

    let severity: Finding.Severity

    public init(settings: RuleSettings, lists: WordLists) {
        severity = settings.severity ?? .warning
    }

    public mutating func check(_ unit: AnalysedUnit, _ findings: inout FindingSink) {
        for sentence in unit.sentences {
            for word in sentence.words where word.kind == .abbreviation || word.kind == .word {
                let written = unit.text(of: word)
                guard written.count <= 7 else { continue }
                let key = String(written.lowercased().filter { $0 != "." })
                guard let whole = Self.wholeWords[key] else { continue }
                // The short form as the reader sees it, with the full stop the tokeniser leaves out ("e.g.").
                let stopped = word.range.upperBound < unit.bytes.count && unit.bytes[word.range.upperBound] == UInt8(ascii: ".")
                if Self.alsoNames.contains(key) && !stopped && written.first?.isUppercase == true { continue }
                let shown = stopped && !written.hasSuffix(".") ? written + "." : written
                findings.report(
                    Self.self, severity, in: unit, range: word.range, excerpt: sentence.range,
                    "Write '\(whole)', not '\(shown)'.",
                    suggestion: "Use the whole words.")
            }
        }
    }
}
