/// Makes readable, unique ids from titles: "What is it?" becomes `what-is-it`, a second one `what-is-it-2`.
public struct AnchorMaker: Sendable {
    private var used: [String: Int] = [:]

    public init() {}

    public mutating func anchor(for title: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in title.lowercased().unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                if pendingDash && !slug.isEmpty { slug += "-" }
                slug.unicodeScalars.append(scalar)
                pendingDash = false
            } else if scalar != "'" && scalar != "\u{2019}" {
                pendingDash = true
            }
        }
        if slug.isEmpty { slug = "section" }
        // HTML ids may start with a digit, but CSS selectors and some PDF tools trip on it.
        if let first = slug.unicodeScalars.first, first >= "0" && first <= "9" { slug = "s-" + slug }
        let count = (used[slug] ?? 0) + 1
        used[slug] = count
        return count == 1 ? slug : "\(slug)-\(count)"
    }
}
