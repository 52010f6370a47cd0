import PlainlyModel

/// Most of the text is not English: in another script (Chinese, Arabic), or in Latin letters but
/// hardly any common English words (French, Welsh). The formulas and word lists are for English, so
/// scores and word advice would be wrong; the checker gives neither (see `Checker`), only this.
public struct NotEnglish: Rule {
    public static let id = "not-english"
    public static let why = "Reading ages and hard-word advice are worked out for English. On other languages they would mislead."
    public static let examples: [RuleExample] = [
        .triggers("我们为有学习障碍的人提供支持。我们每周二在社区中心见面。欢迎大家来参加。如果您需要帮助，请打电话给我们。"),
        .triggers("Nous aidons les personnes qui ont besoin de soutien. Nous nous retrouvons chaque mardi au centre communautaire."),
        .passes("We help people who need support. We meet every Tuesday at the community centre. Everyone is welcome."),
        .passes("Hi."),
    ]

    /// Only the start is looked at: a language does not change halfway, and long texts stay fast.
    static let sampleBytes = 20_000
    /// Too little text to tell.
    static let minimumBytes = 60
    /// The share of word letters (by UTF-8 bytes) in common English words below which a text is
    /// not English. English prose is 80–90 % common words, and even a list of module names in
    /// Python's documentation about 37 %; French, Spanish, Welsh and German 5–21 %.
    static let englishShare = 0.3

    let severity: Finding.Severity
    let common: WordSet
    var sampled = 0
    var english = 0

    public init(settings: RuleSettings, lists: WordLists) {
        severity = settings.severity ?? .warning
        common = lists.commonWords
    }

    public mutating func check(_ unit: AnalysedUnit, _ findings: inout FindingSink) {
        guard sampled < Self.sampleBytes else { return }
        for sentence in unit.sentences {
            for word in sentence.words where word.kind == .word {
                sampled += word.range.count
                if common.contains(hash: word.hash) { english += word.range.count }
            }
        }
    }

    public mutating func finish(_ counts: TextCounts, _ findings: inout FindingSink) {
        guard sampled >= Self.minimumBytes, Double(english) < Self.englishShare * Double(sampled) else { return }
        findings.report(
            Self.self, severity, at: .generated,
            "Most of this text does not look like English, so it has no reading age and no word advice.",
            suggestion: "Check an English version, or ask a reader of the language.")
    }
}
