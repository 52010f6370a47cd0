import PlainlyModel

/// A long word that is not everyday and not explained in the glossary. Reported once per word, at its
/// first use, with how often it is used.
public struct HardWord: Rule {
    public static let id = "hard-word"
    public static let why = "Long, unusual words slow readers down and some will not know them. An everyday word, or an explanation, helps everyone."
    public static let examples: [RuleExample] = [
        .triggers("Your eligibility depends on your circumstances."),
        .passes("Everyone is welcome at the community centre."),
        .passes("Ask about the Birmingham office."),
        .passes([.paragraph(Paragraph(inlines: [.text("Your eligibility depends on your needs.")]))], glossary: ["eligibility"]),
        .triggers("We talked about the assessment.", in: .easyRead),
        .passes("We talked about the visit.", in: .easyRead),
    ]

    let minimum: Int
    let severity: Finding.Severity
    let familiar: Set<String>
    let jargon: Set<String>
    var glossary: Set<String> = []
    var first: [String: (finding: Finding, uses: Int)] = [:]
    var order: [String] = []

    public init(settings: RuleSettings, lists: WordLists) {
        minimum = settings.minimumSyllables ?? 3
        severity = settings.severity ?? .note
        familiar = lists.familiarLongWords
        jargon = Set(lists.jargon.filter { $0.words.count == 1 }.map { $0.words[0] })
    }

    public mutating func start(_ document: Document, _ findings: inout FindingSink) {
        for entry in document.metadata.glossary {
            for word in entry.term.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" }) {
                glossary.insert(String(word))
            }
        }
    }

    public mutating func check(_ unit: AnalysedUnit, _ findings: inout FindingSink) {
        for sentence in unit.sentences {
            for (position, word) in sentence.words.enumerated() where word.syllables >= minimum && word.kind == .word {
                if word.isCapitalised && position > 0 { continue }  // a name
                let key = unit.key(of: word)
                if let seen = first[key] {
                    first[key] = (seen.finding, seen.uses + 1)
                    continue
                }
                if isKnown(key) { continue }
                var local = FindingSink()
                local.report(
                    Self.self, severity, in: unit, range: word.range, excerpt: sentence.range,
                    "'\(unit.text(of: word))' is a hard word (\(word.syllables) syllables).",
                    suggestion: "Use an everyday word, explain it where it is used, or add it to the glossary.")
                first[key] = (local.findings[0], 1)
                order.append(key)
            }
        }
    }

    public mutating func finish(_ counts: TextCounts, _ findings: inout FindingSink) {
        for key in order {
            guard let (seen, uses) = first[key] else { continue }
            var finding = seen
            if uses > 1 { finding.message = finding.message.replacingOccurrences(of: ").", with: ", used \(uses) times).") }
            findings.append(finding)
        }
    }

    func isKnown(_ key: String) -> Bool {
        if familiar.contains(key) || glossary.contains(key) || jargon.contains(key) { return true }
        for ending in ["s", "es", "ed", "d", "ing", "ly", "'s"] where key.hasSuffix(ending) {
            let stem = String(key.dropLast(ending.count))
            if familiar.contains(stem) || glossary.contains(stem) || familiar.contains(stem + "e") || glossary.contains(stem + "e") {
                return true
            }
        }
        return false
    }
}
