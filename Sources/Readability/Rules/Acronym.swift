import PlainlyModel

/// An acronym used without being spelled out the first time, unless most readers know it (NHS, GP)
/// or the glossary explains it.
public struct Acronym: Rule {
    public static let id = "acronym"
    public static let why = "Readers who do not know an acronym cannot look it up in the middle of a sentence. Spelling it out once tells everyone what it means."
    public static let examples: [RuleExample] = [
        .triggers("The CQC will inspect the home in May."),
        .passes("The Care Quality Commission (CQC) will inspect the home. The CQC visits every year."),
        .passes("The CQC (Care Quality Commission) will inspect the home."),
        .passes("Ask your GP or call the NHS helpline."),
        .passes([.paragraph(Paragraph(inlines: [.text("The ICB pays for this.")]))], glossary: ["ICB"]),
        .passes("PLEASE BRING YOUR LETTER."),
        // Inside a longer word, or with a number: still a short form to spell out.
        .triggers("The ICB-led review starts soon."),
        .triggers("The report is due in Q4."),
        .passes("The Integrated Care Board (ICB) met. The ICB-led review starts soon."),
        .passes("The NHS-funded service is free."),
        .passes("Take 2 tablets with a B12 drink."),
        .passes(.blocks([.paragraph(Paragraph(inlines: [.text("The VCSE forum meets in May.")]))], words: ["VCSE"])),
        // An everyday word in capitals is stress, for the block-capitals rule; beside a name it may be an acronym.
        .passes("The event is FREE for carers."),
        .passes("Do NOT tell anyone your PIN."),
        .triggers("The SEND Strategic Board meets in May."),
        .triggers("Ask the SEND team about it."),
        .passes("We are CLOSED on Monday."),
    ]

    let severity: Finding.Severity
    // Acronyms are kept by `WordHash` of their lowercase spelling (the hash each word already has),
    // so checking one makes no string: a technical paper uses acronyms in almost every sentence.
    let known: WordSet
    /// The document's and the project's own words (`words:`): acronyms its readers know.
    let accepted: WordSet
    let stressed: StressedCapitals
    var glossary = WordSet()
    var seen = WordSet()

    public init(settings: RuleSettings, lists: WordLists) {
        severity = settings.severity ?? .warning
        known = WordSet(lists.knownAcronyms)
        accepted = lists.acceptedWords
        stressed = StressedCapitals(lists)
    }

    public mutating func start(_ document: Document, _ findings: inout FindingSink) {
        for entry in document.metadata.glossary {
            for word in entry.term.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
                glossary.insert(hash: WordHash.of(word.lowercased()))
            }
        }
    }

    public mutating func check(_ unit: AnalysedUnit, _ findings: inout FindingSink) {
        for sentence in unit.sentences {
            let words = sentence.words
            for (position, word) in words.enumerated() {
                let range: Range<Int>
                var key: UInt64
                if word.kind == .acronym && word.letters <= 6 {
                    // Two capitalised words in a row are block capitals, not acronyms.
                    let before = position > 0 && words[position - 1].kind == .acronym
                    let after = position + 1 < words.count && words[position + 1].kind == .acronym
                    if before || after || stressed.isStressed(position, in: words, unit) { continue }
                    range = word.range
                    key = word.hash
                    // "GPs" is the plural of "GP": it is known, explained or seen as "GP".
                    if unit.bytes[word.range.upperBound - 1] == UInt8(ascii: "s") {
                        key = unit.bytes.withUnsafeBufferPointer { WordHash.of(UnsafeBufferPointer(rebasing: $0[word.range.dropLast()])) }
                    }
                    if known.contains(hash: word.hash) { continue }
                } else if word.kind == .word, word.isCapitalised, let inside = Self.shortForm(in: unit.bytes[word.range]) {
                    range = word.range.lowerBound..<(word.range.lowerBound + inside.count)
                    key = WordHash.of(String(decoding: inside, as: UTF8.self).lowercased())
                } else {
                    continue
                }
                if known.contains(hash: key) || glossary.contains(hash: key) || accepted.contains(hash: key) { continue }
                guard seen.insert(hash: key) else { continue }
                if isExplained(range, in: unit) { continue }
                findings.report(
                    Self.self, severity, in: unit, range: range, excerpt: sentence.range,
                    FindingMessage.make(.text("'"), .bytes(unit.bytes[range]), .string(Self.notSpelledOut)),
                    suggestion: Self.suggestion)
            }
        }
    }

    /// The acronym a message of this rule names ("PA" in "'PA' is not spelled out…").
    static func written(in message: String) -> String? {
        guard message.hasPrefix("'"), let end = message.range(of: Self.notSpelledOut) else { return nil }
        return String(message[message.index(after: message.startIndex)..<end.lowerBound])
    }

    static let notSpelledOut = "' is not spelled out the first time it is used."
    static let suggestion = "Write it in full the first time, with the short form in brackets after it, or add it to the glossary."
    /// For a report that lists several acronyms of a sentence as one finding.
    static let suggestionForSeveral = "Write each in full the first time, with the short form in brackets after it, or add them to the glossary."

    /// A short form the tokeniser reads as part of a word: capitals before a hyphen ("ICB-led"), or
    /// one capital letter and one digit ("Q4", "H1": a quarter, a half year). "B12" and "M62" are
    /// names, which readers know as they are.
    static func shortForm(in bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        func isCapital(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        if let hyphen = bytes.firstIndex(of: UInt8(ascii: "-")) {
            let head = bytes[bytes.startIndex..<hyphen]
            return (2...6).contains(head.count) && head.allSatisfy(isCapital) ? head : nil
        }
        guard bytes.count == 2, isCapital(bytes[bytes.startIndex]), isDigit(bytes[bytes.startIndex + 1]) else { return nil }
        return bytes
    }

    /// "Care Quality Commission (CQC)" or "CQC (Care Quality Commission)".
    func isExplained(_ range: Range<Int>, in unit: AnalysedUnit) -> Bool {
        let bytes = unit.bytes
        var before = range.lowerBound - 1
        while before >= 0 && bytes[before] == 0x20 { before -= 1 }
        if before >= 0 && bytes[before] == 0x28 { return true }
        var after = range.upperBound
        while after < bytes.count && bytes[after] == 0x20 { after += 1 }
        return after < bytes.count && bytes[after] == 0x28
    }
}
