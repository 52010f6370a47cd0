/// Makes readable, unique ids from titles: "What is it?" becomes `what-is-it`, a second one `what-is-it-2`.
public struct AnchorMaker: Sendable {
    private var used: [String: Int] = [:]

    public init() {}

    public mutating func anchor(for title: String) -> String {
        unique(Self.slug(of: title))
    }

    private static func slug(of title: String) -> String {
        // Most titles are ASCII: their slug is made from the bytes, without a lower-cased copy of
        // the title and a string grown a scalar at a time (a document of 100,000 headings spent a
        // tenth of its web page here).
        if title.utf8.allSatisfy({ $0 < 0x80 }) {
            var slug: [UInt8] = []
            slug.reserveCapacity(title.utf8.count)
            var pendingDash = false
            for byte in title.utf8 {
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                    if pendingDash && !slug.isEmpty { slug.append(0x2D) }
                    slug.append(lower)
                    pendingDash = false
                } else if lower != 0x27 {
                    pendingDash = true
                }
            }
            return String(decoding: slug, as: UTF8.self)
        }
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
        return slug
    }

    private mutating func unique(_ slug: String) -> String {
        var slug = slug
        if slug.isEmpty { slug = "section" }
        // HTML ids may start with a digit, but CSS selectors and some PDF tools trip on it.
        if let first = slug.unicodeScalars.first, first >= "0" && first <= "9" { slug = "s-" + slug }
        let count = (used[slug] ?? 0) + 1
        used[slug] = count
        return count == 1 ? slug : "\(slug)-\(count)"
    }
}
