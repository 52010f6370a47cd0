import PlainlyModel

/// Which findings a report shows (`check --only`, `--ignore`, `--severity`). Counts and scores are
/// the text's own and do not change; only the findings listed do.
public struct FindingFilter: Sendable, Equatable {
    /// Only these rules; nil for every rule.
    public var only: Set<String>?
    public var ignored: Set<String>
    /// The least severe finding shown.
    public var minimumSeverity: Finding.Severity

    public init(only: Set<String>? = nil, ignored: Set<String> = [], minimumSeverity: Finding.Severity = .note) {
        self.only = only
        self.ignored = ignored
        self.minimumSeverity = minimumSeverity
    }

    public var showsEverything: Bool { only == nil && ignored.isEmpty && minimumSeverity == .note }

    public func keeps(_ finding: Finding) -> Bool {
        finding.severity >= minimumSeverity && !ignored.contains(finding.rule) && (only?.contains(finding.rule) ?? true)
    }

    public func apply(to report: CheckReport) -> CheckReport {
        guard !showsEverything else { return report }
        return CheckReport(files: report.files.map { file in
            var kept = file
            let result = file.result
            kept.result = CheckResult(
                profile: result.profile, counts: result.counts, scores: result.scores,
                findings: result.findings.filter(keeps), units: result.units)
            kept.result.diagnostics = result.diagnostics
            kept.result.glossaryHome = result.glossaryHome
            return kept
        })
    }

    /// Why a rule name given to `--only` or `--ignore` is not one, with the closest if there is one.
    public static func problem(withRule id: String) -> String? {
        let known = RuleRegistry.all.map { $0.id }
        guard !known.contains(id) else { return nil }
        let guess = Suggestion.closest(to: id, among: known).map { " Did you mean '\($0)'?" } ?? ""
        return "There is no rule '\(id)'.\(guess) The rules are: \(known.joined(separator: ", "))."
    }
}
