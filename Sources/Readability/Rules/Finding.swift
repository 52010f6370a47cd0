import PlainlyModel

/// What a rule found: data, convertible to a compiler-style `Diagnostic`.
public struct Finding: Hashable, Sendable {
    public enum Severity: String, Hashable, Sendable, Codable, Comparable, CaseIterable {
        case note, warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }

        var diagnostic: Diagnostic.Severity {
            switch self {
            case .note: .note
            case .warning: .warning
            case .error: .error
            }
        }
    }

    public var rule: String
    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// Why this matters to a reader.
    public var why: String
    /// What to do about it.
    public var suggestion: String?
    /// The sentence (or heading, or cell) it is about, as written.
    public var excerpt: String?
    /// Which unit of the document and which bytes of its text, for reports that show the text.
    public var unitIndex: Int?
    public var range: Range<Int>?

    public init(
        rule: String, severity: Severity, location: SourceLocation, message: String, why: String,
        suggestion: String? = nil, excerpt: String? = nil, unitIndex: Int? = nil, range: Range<Int>? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.location = location
        self.message = message
        self.why = why
        self.suggestion = suggestion
        self.excerpt = excerpt
        self.unitIndex = unitIndex
        self.range = range
    }

    public var diagnostic: Diagnostic {
        Diagnostic(severity.diagnostic, message, id: rule, at: location, why: why, suggestion: suggestion)
    }
}

extension Array where Element == Finding {
    /// By position, then the most severe first, then rule id: never in discovery order.
    public func sortedByLocation() -> [Finding] {
        var copy = self
        copy.sortByLocation()
        return copy
    }

    public mutating func sortByLocation() {
        sort { a, b in
            // Lines and columns first: most findings share a file, and comparing numbers is cheap.
            if a.location.file != b.location.file { return a.location.file < b.location.file }
            if a.location.line != b.location.line { return a.location.line < b.location.line }
            if a.location.column != b.location.column { return a.location.column < b.location.column }
            if a.severity != b.severity { return a.severity > b.severity }
            if a.rule != b.rule { return a.rule < b.rule }
            return a.message < b.message
        }
    }
}
