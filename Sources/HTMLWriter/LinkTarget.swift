/// A link destination that is safe to put on the page.
///
/// Only web addresses (http, https), email (mailto), phone numbers (tel), fragments of this page
/// (`#what-is-it`) and relative paths that stay inside the output folder get through. Anything else
/// (`javascript:`, `data:`, `file:`, an absolute path, `../` out of the folder, a protocol-relative
/// `//host`) is refused with a reason, and the writer shows the link text without a link.
struct LinkTarget: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case web, email, phone
        /// A place on this page; the associated value is the id, without `#`.
        case fragment(String)
        case relative
    }

    enum Refusal: Error, Hashable, Sendable {
        case empty
        case controlCharacter
        case scheme(String)
        case noHost
        case absolutePath
        case outsideOutput
        case backslash

        /// Said to the author, after "This link is shown as plain words: ".
        var reason: String {
            switch self {
            case .empty: "it has no address"
            case .controlCharacter: "its address holds a control character, such as a tab or a line break"
            case .scheme(let scheme):
                "its address starts with '\(scheme):'; only http, https, mailto and tel links are allowed"
            case .noHost: "its web address has no site name after '//'"
            case .absolutePath: "it points to a file by an absolute path, which readers do not have"
            case .outsideOutput: "it points outside the folder the web page is written to"
            case .backslash: "its address holds a backslash; write '/' between folder names"
            }
        }
    }

    let kind: Kind
    /// The value written into `href`, with spaces and characters URLs forbid percent-encoded.
    let href: String

    private init(kind: Kind, href: String) {
        self.kind = kind
        self.href = href
    }

    static func check(_ destination: String) -> Result<LinkTarget, Refusal> {
        // Browsers ignore spaces around an address and tabs or line breaks inside it
        // ("java\nscript:"), so refuse those rather than guess what a browser would make of them.
        let trimmed = trimSpaces(destination)
        if trimmed.isEmpty { return .failure(.empty) }
        if trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
            return .failure(.controlCharacter)
        }
        if trimmed.contains("\\") { return .failure(.backslash) }

        if let scheme = scheme(of: trimmed) {
            let rest = trimmed.dropFirst(scheme.count + 1)
            switch scheme.lowercased() {
            case "http", "https":
                let host = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
                guard rest.hasPrefix("//"), !host.isEmpty else { return .failure(.noHost) }
                return .success(LinkTarget(kind: .web, href: encode(trimmed)))
            case "mailto":
                guard !rest.isEmpty else { return .failure(.empty) }
                return .success(LinkTarget(kind: .email, href: encode(trimmed)))
            case "tel":
                // Spaces help people read a number, not dial it.
                let number = rest.filter { !$0.isWhitespace }
                guard !number.isEmpty else { return .failure(.empty) }
                return .success(LinkTarget(kind: .phone, href: "tel:" + encode(String(number))))
            default:
                return .failure(.scheme(scheme))
            }
        }

        if trimmed.hasPrefix("#") {
            let id = String(trimmed.dropFirst())
            if id.isEmpty { return .failure(.empty) }
            return .success(LinkTarget(kind: .fragment(id), href: "#" + encode(id)))
        }
        if trimmed.hasPrefix("/") { return .failure(trimmed.hasPrefix("//") ? .scheme("//") : .absolutePath) }
        guard staysInside(trimmed) else { return .failure(.outsideOutput) }
        return .success(LinkTarget(kind: .relative, href: encode(trimmed)))
    }

    /// A phone number as people write it ("01632 960 123", "+44 (0)1632 960123"), or nil when
    /// the text is not one (has letters, or too few digits to dial).
    static func phone(_ text: String) -> LinkTarget? {
        var number = ""
        var digits = 0
        for ch in text {
            if ch.isASCII, ch.isNumber {
                number.append(ch)
                digits += 1
            } else if ch == "+" && number.isEmpty {
                number.append(ch)
            } else if !(ch == " " || ch == "-" || ch == "(" || ch == ")" || ch == "." || ch == "\u{00A0}") {
                return nil
            }
        }
        guard digits >= 3 else { return nil }
        // "+44 (0)1632…": the (0) is for dialling inside the UK only.
        if number.hasPrefix("+440") && text.contains("(0)") {
            number = "+44" + number.dropFirst(4)
        }
        return LinkTarget(kind: .phone, href: "tel:" + number)
    }

    /// An email address as people write it, or nil when the text is not one.
    static func email(_ text: String) -> LinkTarget? {
        let trimmed = trimSpaces(text)
        let pieces = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard pieces.count == 2, !pieces[0].isEmpty, pieces[1].contains("."),
              !trimmed.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\"" || $0 == "?" })
        else { return nil }
        guard case .success(let target) = check("mailto:" + trimmed) else { return nil }
        return target
    }

    /// A website as people write it ("www.example.org/help"), given https when it has no scheme.
    static func website(_ text: String) -> Result<LinkTarget, Refusal> {
        let trimmed = trimSpaces(text)
        if scheme(of: trimmed) == nil && !trimmed.hasPrefix("/") && !trimmed.hasPrefix("#")
            && !trimmed.contains(where: \.isWhitespace)
        {
            return check("https://" + trimmed)
        }
        let result = check(trimmed)
        if case .success(let target) = result, target.kind != .web { return .failure(.noHost) }
        return result
    }

    // MARK: - Pieces

    /// The scheme when the text starts with one (`https`, `javascript`), per RFC 3986:
    /// a letter, then letters, digits, `+`, `-` or `.`, then `:` before any `/`, `?` or `#`.
    static func scheme(of text: String) -> String? {
        var scheme = ""
        for ch in text.unicodeScalars {
            if ch == ":" { return scheme.isEmpty ? nil : scheme }
            let isLetter = (ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z")
            let isOther = (ch >= "0" && ch <= "9") || ch == "+" || ch == "-" || ch == "."
            if isLetter || (isOther && !scheme.isEmpty) {
                scheme.unicodeScalars.append(ch)
            } else {
                return nil
            }
        }
        return nil
    }

    /// True when a relative path never climbs above the folder it starts in.
    private static func staysInside(_ text: String) -> Bool {
        let path = text.prefix { $0 != "?" && $0 != "#" }
        var depth = 0
        for segment in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch segment {
            case "..":
                depth -= 1
                if depth < 0 { return false }
            case ".", "": continue
            default: depth += 1
            }
        }
        return true
    }

    private static func trimSpaces(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\u{00A0}" }
        guard let first = text.firstIndex(where: { !isSpace($0) }),
              let last = text.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(text[first...last])
    }

    /// Percent-encodes what URLs forbid but authors type: spaces, quotes, angle brackets and the
    /// like, and a `%` that does not start an escape.
    static func encode(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out = ""
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                let isEscape = index + 2 < bytes.count && isHex(bytes[index + 1]) && isHex(bytes[index + 2])
                out += isEscape ? "%" : "%25"
            } else if byte >= 0x80 || forbidden.contains(byte) {
                out += "%" + hexDigits[Int(byte >> 4)] + hexDigits[Int(byte & 0xF)]
            } else {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            }
            index += 1
        }
        return out
    }

    private static let forbidden: Set<UInt8> = Set(" \"<>`{}|^[]".utf8)
    private static let hexDigits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "B", "C", "D", "E", "F"]

    private static func isHex(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }
}
