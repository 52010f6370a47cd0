/// What sort of document a source is; it decides the generated parts (masthead, cover block …).
public enum DocumentKind: String, Sendable, Hashable, CaseIterable {
    case guide, newsletter, paper
}

/// The accessible format a document is written for. Renderers and the checker read their settings
/// for each profile as data; the model only names it.
public enum Profile: String, Sendable, Hashable, CaseIterable, Codable {
    case easyRead = "easy-read"
    case largePrint = "large-print"
    case plain

    /// The names every command takes (`--profile`) and a source's `profile:` uses, in order.
    public static let names = allCases.map(\.rawValue)

    /// A profile as a person typed it, in any case; "plain-english", the checker's old name for
    /// plain, is still taken so scripts written for it go on working.
    public init?(typed: String) {
        let name = typed.lowercased()
        self.init(rawValue: name == "plain-english" ? "plain" : name)
    }

    /// What every command says when a profile is not one of these.
    public static func unknown(_ typed: String) -> String {
        "Unknown profile '\(typed)'. Choose from: \(names.joined(separator: ", "))."
    }
}

/// Whether a group has agreed a part's wording yet (co-production).
public enum PartStatus: String, Sendable, Hashable, CaseIterable {
    case draft, agreed
}
