/// One symbol of the bank, as `symbol-info-en.csv` describes it.
public struct Symbol: Hashable, Sendable {
    /// The file name without `.svg`, which a source writes after `bank:` (`doctor_1a`).
    public var name: String
    public var category: String
    /// The words of its name, lowercased, without the numbers that tell drawings apart and the
    /// `, to` that marks a verb: `care_assistant_1a` → care, assistant; `wash_hands_,_to` → wash, hands.
    public var nameWords: [String]
    /// Its tags and its category's words, lowercased ("emotion", "face", "feelings").
    public var tags: [String]

    public init(name: String, category: String, tags: [String]) {
        self.name = name
        self.category = category
        nameWords = Self.words(ofName: name)
        self.tags = tags
    }

    /// Two symbols with the same `family` are drawings of the same thing (doctor_1a, doctor_2b):
    /// suggestions offer one of them.
    public var family: String { nameWords.joined(separator: " ") }

    static func words(ofName name: String) -> [String] {
        name.lowercased().split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == "," || $0 == " " }).compactMap { part in
            let word = String(part)
            if word == "to" { return nil }
            // 1, 2, 1a, 2b: which drawing, not what it shows.
            if let first = word.first, first.isNumber, word.count <= 3 { return nil }
            return word
        }
    }
}
