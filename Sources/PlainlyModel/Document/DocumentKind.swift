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
}

/// Whether a group has agreed a part's wording yet (co-production).
public enum PartStatus: String, Sendable, Hashable, CaseIterable {
    case draft, agreed
}
