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

    public init(path: String, pathPrefix: String = "", result: CheckResult, sourceDiagnostics: [Diagnostic] = []) {
        self.path = path
        self.pathPrefix = pathPrefix
        self.result = result
        self.sourceDiagnostics = sourceDiagnostics
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

    public func count(of severity: Finding.Severity) -> Int {
        files.reduce(0) { $0 + $1.result.count(of: severity) }
    }
}
