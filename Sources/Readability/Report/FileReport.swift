import PlainlyModel

/// One checked file: what to call it and what was found.
public struct FileReport: Sendable {
    /// As the user would name it: `papers/board.docx`, or the guide folder.
    public var path: String
    /// Joined to each finding's file to make a path the user can open (see `Diagnostic.formatted`).
    public var pathPrefix: String
    public var result: CheckResult
    /// Problems the reader found in the source itself (front matter, links), printed before the findings.
    public var sourceDiagnostics: [Diagnostic]
    /// Why the file could not be checked at all (compiler style, naming the file), when it could not:
    /// a folder's other files are still checked and reported. Its counts are then all zero.
    public var failure: String?
    /// When the findings are the list a writer acts on (`ActionList`): what it leaves out, and the
    /// text's errors, warnings and notes before it did. Nil when every finding is listed.
    public var leftOut: ActionList.LeftOut?
    public var allFindings: (errors: Int, warnings: Int, notes: Int)?
    /// What a streamed report shows of each unit, made while the text was checked (the result then
    /// keeps no units); nil when the report makes it from `result.units`.
    public var unitSpool: UnitSpool?

    public init(
        path: String, pathPrefix: String = "", result: CheckResult, sourceDiagnostics: [Diagnostic] = [], unitSpool: UnitSpool? = nil
    ) {
        self.path = path
        self.pathPrefix = pathPrefix
        self.result = result
        self.sourceDiagnostics = sourceDiagnostics
        self.unitSpool = unitSpool
        failure = nil
    }

    /// A file that could not be read or checked, with the message that says why.
    public init(path: String, failure: String, profile: CheckProfile) {
        self.path = path
        pathPrefix = ""
        result = CheckResult(profile: profile, counts: TextCounts(), scores: nil, findings: [], units: [])
        sourceDiagnostics = []
        self.failure = failure
    }

    public func formatted(_ finding: Finding) -> String { finding.diagnostic.formatted(pathPrefix: pathPrefix) }

    /// How the most severe finding compares with `severity`.
    public func hasFindings(atLeast severity: Finding.Severity) -> Bool {
        result.findings.contains { $0.severity >= severity }
            || sourceDiagnostics.contains { $0.severity == .error || (severity <= .warning && $0.severity == .warning) }
    }
}

/// Every file's report and the total over all of them.
public struct CheckReport: Sendable {
    public var files: [FileReport]

    public init(files: [FileReport]) {
        self.files = files
    }

    public var totalCounts: TextCounts {
        var counts = TextCounts()
        for file in files { counts.add(file.result.counts) }
        return counts
    }

    /// The files that could not be checked.
    public var failures: [FileReport] { files.filter { $0.failure != nil } }

    /// Every finding of this severity in the texts, listed or not (see `ActionList`).
    public func count(of severity: Finding.Severity) -> Int {
        files.reduce(0) { total, file in
            guard let all = file.allFindings else { return total + file.result.count(of: severity) }
            return total + (severity == .error ? all.errors : severity == .warning ? all.warnings : all.notes)
        }
    }
}
