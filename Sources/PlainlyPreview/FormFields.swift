import Foundation

/// The fields of an `application/x-www-form-urlencoded` body, as the group screen's forms send them.
struct FormFields {
    /// Far more than any form on the group screen sends (a token, a file name, a slot's words and
    /// a room of names); a larger body is refused unread.
    static let largestBody = 16 * 1024

    private(set) var values: [String: String] = [:]

    init(_ body: String) {
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = parts.first.flatMap({ Self.decode($0) }) else { continue }
            let value = parts.count > 1 ? Self.decode(parts[1]) ?? "" : ""
            if values[name] == nil { values[name] = value }
        }
    }

    subscript(_ name: String) -> String? { values[name] }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
