import PlainlyModel

/// What checking one document found: counts, scores, findings, and (when asked for) every unit with
/// its sentences and words, so a report can show why a score is what it is.
public struct CheckResult: Sendable {
    public var profile: CheckProfile
    public var counts: TextCounts
    /// Nil when there is not enough text to score.
    public var scores: Scores?
    /// Sorted by position.
    public let findings: [Finding]
    /// Empty unless the checker was asked to keep them.
    public var units: [AnalysedUnit]
    /// Problems with the checker's own instructions in the document (an unknown switch or rule name
    /// in `<!-- plainly-disable … -->`), at their places.
    public var diagnostics: [Diagnostic] = []
    /// Where a guide's hard words are explained, when it is a guide written as a Plainly source.
    public var glossaryHome: GlossaryHome?

    public init(profile: CheckProfile, counts: TextCounts, scores: Scores?, findings: [Finding], units: [AnalysedUnit]) {
        self.profile = profile
        self.counts = counts
        self.scores = scores
        self.findings = findings
        var bySeverity = [0, 0, 0]
        for index in findings.indices { bySeverity[findings[index].severity.rank] += 1 }
        self.bySeverity = bySeverity
        self.units = units
    }

    /// Findings of each severity, by `Severity.rank`: reports ask often, and a long text has many.
    private let bySeverity: [Int]

    public func count(of severity: Finding.Severity) -> Int { bySeverity[severity.rank] }
}
