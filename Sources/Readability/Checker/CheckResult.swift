/// What checking one document found: counts, scores, findings, and (when asked for) every unit with
/// its sentences and words, so a report can show why a score is what it is.
public struct CheckResult: Sendable {
    public var profile: CheckProfile
    public var counts: TextCounts
    /// Nil when there is not enough text to score.
    public var scores: Scores?
    /// Sorted by position.
    public var findings: [Finding]
    /// Empty unless the checker was asked to keep them.
    public var units: [AnalysedUnit]

    public init(profile: CheckProfile, counts: TextCounts, scores: Scores?, findings: [Finding], units: [AnalysedUnit]) {
        self.profile = profile
        self.counts = counts
        self.scores = scores
        self.findings = findings
        self.units = units
    }

    public func count(of severity: Finding.Severity) -> Int { findings.filter { $0.severity == severity }.count }
}
