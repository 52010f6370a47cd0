import PlainlyModel

/// A word or phrase from our list of public-sector jargon (`Resources/jargon.tsv`), with plainer words.
/// Not inside a name ("the Mental Capacity Act", "the SEND Strategic Board"): the writer cannot
/// change a name, and a capitalised word between capitalised words is one, outside headings (which
/// are often in title case). Nor in the sentence that explains it ("Reablement means …").
public struct Jargon: Rule {
    public static let id = "jargon"
    public static let checksUnitsIndependently = true
    public static let why = "Official words put readers off and can hide what is meant. Everyday words say the same thing more clearly."
    public static let examples: [RuleExample] = [
        .triggers("We will utilise the new system."),
        .triggers("Staff utilised the room on Fridays."),
        .triggers("Going forward, the team will meet monthly."),
        .triggers("Please liaise with your social worker."),
        .triggers("This is in order to save money."),
        .passes("We will use the new system."),
        .passes("From now on, the team will meet monthly."),
        .passes("In order, the names are Ann, Bob and Cath."),
        // The verb gets a verb: "affected", not the noun "effect".
        .triggers("People were impacted by the closure."),
        .triggers("The closure will impact on families."),
        .passes(.blocks([.paragraph(Paragraph(inlines: [.text("The workstream meets on Fridays.")]))], words: ["workstream"])),
        .triggers(.blocks([.paragraph(Paragraph(inlines: [.text("Staff utilised the room.")]))], words: ["workstream"])),
        .triggers("Your review will take place in a timely manner."),
        // "The outcome of" is everyday English; "outcomes" for people is the sector's word.
        .passes("We are waiting for the outcome of the review."),
        .triggers("We want better outcomes for carers."),
        // Explained in its own sentence.
        .passes("Reablement means help to get back your skills at home after a stay in hospital."),
        .triggers("Our reablement team will visit."),
        // Up to `ExplainedInPlace.wordsAfterTerm` words may come between the phrase and "means".
        .passes("Reablement at home means help to get back your skills."),
        .triggers("Reablement in your own flat or house means help to get back your skills."),
        .passes("We follow the Mental Capacity Act (MCA)."),
        .passes("The SEND Strategic Board meets in May."),
        .passes("Share it through the Council's Engagement network."),
        .triggers("Capacity within the support service is a risk."),
        .triggers("We have a Strategic plan."),
        .triggers([.heading(Heading(level: 2, inlines: [.text("Our Strategic Priorities")]))]),
    ]

    let severity: Finding.Severity
    /// The hash of every form of an entry's first word → the entries starting with it, with the hashes
    /// of their other words.
    /// Entries by the hash of their first word's forms, each with the hashes of its other words and
    /// the end of its message ("' is official language. Try 'use'."), made once rather than for
    /// every finding.
    let index: WordTable<[(entry: JargonEntry, rest: [UInt64], advice: String)]>
    /// The same advice for a word used in another form than the entry's ("commenced" for
    /// "commence"): "a form of 'start'", since "Try 'start'" would not fit the sentence.
    let formAdvice: [String: String]
    /// Each entry's first word, by hash, to tell the entry's own form from another.
    let heads: WordSet

    public init(settings: RuleSettings, lists: WordLists) {
        severity = settings.severity ?? .warning
        var index = WordTable<[(entry: JargonEntry, rest: [UInt64], advice: String)]>()
        var formAdvice: [String: String] = [:]
        // A phrase the document lists under `words:` is one it uses knowingly.
        for entry in lists.jargon where !lists.acceptedWords.contains(entry.phrase) {
            let rest = entry.words.dropFirst().map(WordHash.of)
            let advice: String
            if let instruction = Self.instruction(entry.alternatives) {
                advice = "' is official language. \(instruction)"
                formAdvice[advice] = advice
            } else {
                let choices = entry.alternatives.map { "'\($0)'" }.joined(separator: " or ")
                advice = "' is official language. Try \(choices)."
                formAdvice[advice] = "' is official language. Try a form of \(choices)."
            }
            for form in Self.forms(of: entry.words[0]) {
                let hash = WordHash.of(form)
                index.set((index[hash] ?? []) + [(entry, rest, advice)], for: hash)
            }
        }
        self.index = index
        self.formAdvice = formAdvice
        heads = WordSet(lists.jargon.map { $0.words[0] })
    }

    /// The words as written and the advice ("Try 'about'.") of a message this rule made, so a report
    /// can list several in one line; nil for any other message.
    static func pieces(of message: String) -> (written: String, advice: String)? {
        guard message.hasPrefix("'"), let end = message.range(of: Self.officialLanguage) else { return nil }
        let written = message[message.index(after: message.startIndex)..<end.lowerBound]
        return (String(written), String(message[end.upperBound...]))
    }

    static let officialLanguage = "' is official language. "

    /// An alternative written in brackets in the list ("(say who you mean)") is what to do rather
    /// than words to use: "Say who you mean."
    static func instruction(_ alternatives: [String]) -> String? {
        guard alternatives.count == 1, let only = alternatives.first, only.hasPrefix("("), only.hasSuffix(")") else { return nil }
        let inner = only.dropFirst().dropLast()
        guard let first = inner.first else { return nil }
        return first.uppercased() + inner.dropFirst() + "."
    }

    /// A word and its -s, -es, -d, -ed, -ing and -ly forms.
    static func forms(of word: String) -> Set<String> {
        var forms: Set<String> = [word, word + "s", word + "es", word + "ed", word + "ing", word + "ly"]
        if word.hasSuffix("e") {
            let stem = String(word.dropLast())
            forms.formUnion([word + "d", stem + "ing", stem + "ed"])
        }
        if word.hasSuffix("y") {
            let stem = String(word.dropLast())
            forms.formUnion([stem + "ies", stem + "ied"])
        }
        return forms
    }

    /// Capitalised, not first, and next to a capitalised word that is not the sentence's first.
    static func isInName(from first: Int, to last: Int, _ words: [Word]) -> Bool {
        guard first > 0, words[first].isCapitalised else { return false }
        let before = first > 1 && words[first - 1].isCapitalised
        let after = last + 1 < words.count && words[last + 1].isCapitalised
        return before || after
    }

    public mutating func check(_ unit: AnalysedUnit, _ findings: inout FindingSink) {
        for sentence in unit.sentences {
            let words = sentence.words
            var position = 0
            while position < words.count {
                guard let entries = index[words[position].hash] else {
                    position += 1
                    continue
                }
                var matched: (entry: JargonEntry, end: Int, advice: String)?
                for (entry, rest, advice) in entries where position + entry.words.count <= words.count {
                    let same = rest.enumerated().allSatisfy { offset, hash in words[position + 1 + offset].hash == hash }
                    if same && entry.words.count > (matched?.entry.words.count ?? 0) {
                        matched = (entry, position + entry.words.count - 1, advice)
                    }
                }
                guard let matched else {
                    position += 1
                    continue
                }
                if (unit.unit.kind != .heading && Self.isInName(from: position, to: matched.end, words))
                    || ExplainedInPlace.isExplained(from: position, to: matched.end, in: words) {
                    position = matched.end + 1
                    continue
                }
                let range = words[position].range.lowerBound..<words[matched.end].range.upperBound
                let ownForm = heads.contains(hash: words[position].hash)
                let advice = ownForm ? matched.advice : formAdvice[matched.advice] ?? matched.advice
                findings.report(
                    Self.self, severity, in: unit, range: range, excerpt: sentence.range,
                    FindingMessage.make(.text("'"), .bytes(unit.bytes[range]), .string(advice)),
                    suggestion: "Use the plainer words, or say exactly what you mean.", subject: matched.entry.phrase)
                position = matched.end + 1
            }
        }
    }
}
