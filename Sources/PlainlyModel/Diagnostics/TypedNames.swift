import Foundation

/// Names given to an option that may be repeated and takes commas (`--format txt,pdf`, `--only
/// jargon --only long-sentence`): each name trimmed and lowercased, empty ones dropped, in order.
public enum TypedNames {
    public static func split(_ given: [String]) -> [String] {
        given.flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty }
    }
}
