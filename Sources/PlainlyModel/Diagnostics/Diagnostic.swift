/// A finding about the author's text or set-up: data to collect, sort and print, never thrown.
///
/// Printed like a compiler message, `path:line:column: severity: message [id]`, so that editors and
/// people who know compilers can jump to the line.
public struct Diagnostic: Hashable, Sendable {
    /// The one severity of everything Plainly says about a text: the readers' diagnostics and the
    /// checker's findings alike.
    public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
        case note, warning, error

        /// Notes first, errors last.
        public var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    public var message: String
    /// A stable identifier such as `unknown-key` or `long-sentence`.
    public var id: String
    public var location: SourceLocation?
    /// Why this matters to a reader, in plain words.
    public var why: String?
    /// What to do about it.
    public var suggestion: String?

    public init(
        _ severity: Severity, _ message: String, id: String, at location: SourceLocation?,
        why: String? = nil, suggestion: String? = nil
    ) {
        self.severity = severity
        self.message = message
        self.id = id
        self.location = location
        self.why = why
        self.suggestion = suggestion
    }

    public static func error(_ message: String, id: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.error, message, id: id, at: location)
    }

    public static func warning(_ message: String, id: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.warning, message, id: id, at: location)
    }

    /// The compiler-style line; `pathPrefix` is the folder the user named, joined to the relative file.
    public func formatted(pathPrefix: String = "") -> String {
        var text = ""
        if let location {
            text += location.formatted(pathPrefix: pathPrefix) + ": "
        } else if !pathPrefix.isEmpty {
            text += "\(pathPrefix): "
        }
        return text + "\(severity.rawValue): \(message) [\(id)]"
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by position, then severity, then id, so output never depends on discovery order.
    public func sortedByLocation() -> [Diagnostic] {
        sorted { a, b in
            let la = a.location ?? .generated
            let lb = b.location ?? .generated
            if la != lb { return la < lb }
            if a.severity != b.severity { return a.severity > b.severity }
            if a.id != b.id { return a.id < b.id }
            return a.message < b.message
        }
    }
}
