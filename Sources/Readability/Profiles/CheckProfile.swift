import Foundation
import PlainlyModel

/// A rule's settings in one profile; which fields a rule reads is written beside it in profiles.json.
public struct RuleSettings: Hashable, Sendable, Codable {
    public var severity: Finding.Severity?
    /// A limit whose crossing is a warning, and one whose crossing is an error.
    public var warning: Int?
    public var error: Int?
    public var maximum: Int?
    public var sentences: Int?
    public var words: Int?
    public var minimumSyllables: Int?
    /// Hard words: a long word at least this common, on the Zipf scale (`common-words.tsv`: 5 is
    /// once in 10,000 words), is everyday and not reported.
    public var everydayFrequency: Double?

    public init(
        severity: Finding.Severity? = nil, warning: Int? = nil, error: Int? = nil, maximum: Int? = nil,
        sentences: Int? = nil, words: Int? = nil, minimumSyllables: Int? = nil, everydayFrequency: Double? = nil
    ) {
        self.severity = severity
        self.warning = warning
        self.error = error
        self.maximum = maximum
        self.sentences = sentences
        self.words = words
        self.minimumSyllables = minimumSyllables
        self.everydayFrequency = everydayFrequency
    }
}

/// What a profile checks and how strictly, read from `Resources/profiles.json`. The profiles are the
/// model's `Profile`s, in the same words as `build --profile` and a source's `profile:`.
public struct CheckProfile: Hashable, Sendable, Codable {
    public var name: Profile
    /// Who the text is for, in the summary: "the public".
    public var audience: String
    /// The reading age to aim for.
    public var targetReadingAge: Int
    /// A sentence's own Flesch-Kincaid grade from which reports mark it hard (yellow) or very hard (red).
    public var hardSentenceGrade: Double
    public var veryHardSentenceGrade: Double
    /// Rules this profile runs, with their settings; a rule not named is not run.
    public var rules: [String: RuleSettings]

    public static let shipped: [Profile: CheckProfile] = {
        guard let url = Bundle.module.url(forResource: "profiles", withExtension: "json", subdirectory: "Resources"),
            let data = try? Data(contentsOf: url)
        else { fatalError("Readability: profiles.json is missing from the resource bundle") }
        do {
            let profiles = try JSONDecoder().decode([CheckProfile].self, from: data)
            return Dictionary(uniqueKeysWithValues: profiles.map { ($0.name, $0) })
        } catch {
            fatalError("Readability: profiles.json does not read: \(error)")
        }
    }()

    public static func named(_ name: Profile) -> CheckProfile { shipped[name]! }

    public func settings(for id: String) -> RuleSettings? { rules[id] }
}
