import Foundation
import PlainlyModel

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Checks that a file is an SVG picture that stands on its own: well-formed XML whose root is
/// `<svg>`, with no entity declarations (no "billion laughs"), no processing instructions that load
/// style sheets, and no reference to anything but a `#fragment` inside it or a `data:` URL. librsvg
/// and browsers then have nothing outside the file to fetch.
///
/// Also reads its intrinsic size in CSS pixels (from `width` and `height`, else the `viewBox`).
enum SVGInspector {
    struct Size: Equatable {
        var width: Int
        var height: Int
    }

    static func inspect(_ data: Data) -> Result<Size, PictureProblem> {
        // What Foundation's parser would crash on rather than report.
        if let problem = XMLPreflight.problem(in: [UInt8](data)) {
            return .failure(.notAPicture(reason: "the SVG cannot be read: \(problem.reason)"))
        }
        // Foundation's parser on Linux reports no entity declarations to its delegate, so they are
        // found in the text: a DOCTYPE may name an outside DTD (never loaded) but declare nothing.
        if declaresAnything(data) {
            return .failure(.notAPicture(reason: "the SVG's DOCTYPE declares entities or attributes, which Plainly does not allow"))
        }
        let checker = SVGChecker()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = checker
        // On Linux `parse()` may return true after an error; the error itself is what counts.
        let parsed = parser.parse() && parser.parserError == nil && !checker.sawError
        if let refusal = checker.refusal { return .failure(.notAPicture(reason: refusal)) }
        guard checker.sawRoot else {
            return .failure(.notAPicture(reason: "it is not a PNG, JPEG, GIF, WebP or SVG picture"))
        }
        guard parsed else {
            let line = parser.lineNumber
            return .failure(.notAPicture(reason: "the SVG is not well-formed XML (line \(line))"))
        }
        return .success(checker.size ?? Size(width: 0, height: 0))
    }

    /// A `<!DOCTYPE …>` with an internal subset (`[…]`), or any `<!ENTITY`, `<!ATTLIST` or
    /// `<!ELEMENT` at all: entities can expand without end or pull in files, and default
    /// attributes can add references the checks below never see.
    static func declaresAnything(_ data: Data) -> Bool {
        let bytes = [UInt8](data)
        for keyword in ["<!ENTITY", "<!ATTLIST", "<!ELEMENT"] where contains(bytes, keyword) { return true }
        guard let start = find(bytes, "<!DOCTYPE") else { return false }
        var quote: UInt8?
        for byte in bytes[(start + 9)...] {
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "[") {
                return true
            } else if byte == UInt8(ascii: ">") {
                return false
            }
        }
        return false
    }

    private static func contains(_ bytes: [UInt8], _ keyword: String) -> Bool { find(bytes, keyword) != nil }

    /// Where `keyword` first starts, ignoring ASCII case.
    private static func find(_ bytes: [UInt8], _ keyword: String) -> Int? {
        let needle = Array(keyword.uppercased().utf8)
        guard bytes.count >= needle.count else { return nil }
        outer: for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            for offset in 1..<needle.count {
                var byte = bytes[start + offset]
                if byte >= 0x61 && byte <= 0x7A { byte -= 0x20 }
                if byte != needle[offset] { continue outer }
            }
            return start
        }
        return nil
    }

    /// `url(…)` in a style, or an `href`, may point only inside the file or at a `data:` URL.
    static func isSelfContained(reference: String) -> Bool {
        let trimmed = reference.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\"'")))
        return trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.lowercased().hasPrefix("data:")
    }

    /// A picture embedded as a `data:` URL is checked like a file: librsvg would decode it.
    static func embeddedPictureProblem(_ reference: String) -> String? {
        let trimmed = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.lowercased().hasPrefix("data:"), let comma = trimmed.firstIndex(of: ",") else { return nil }
        let header = trimmed[..<comma].lowercased()
        let payload = trimmed[trimmed.index(after: comma)...]
        let bytes: Data?
        if header.hasSuffix(";base64") {
            bytes = Data(base64Encoded: String(payload), options: .ignoreUnknownCharacters)
        } else {
            bytes = String(payload).removingPercentEncoding.map { Data($0.utf8) }
        }
        guard let bytes else { return "a picture embedded in the SVG is damaged" }
        switch PictureInspector.inspect(bytes) {
        case .success: return nil
        case .failure(.notAPicture(let reason)): return "a picture embedded in the SVG cannot be used: \(reason)"
        case .failure: return "a picture embedded in the SVG cannot be used"
        }
    }

    /// Every `url(…)` in some CSS or attribute text is self-contained, and nothing is `@import`ed.
    static func styleIsSelfContained(_ text: String) -> Bool {
        let lower = text.lowercased()
        if lower.contains("@import") { return false }
        var rest = lower[...]
        while let open = rest.range(of: "url(") {
            let after = rest[open.upperBound...]
            guard let close = after.firstIndex(of: ")") else { return false }
            if !isSelfContained(reference: String(after[..<close])) { return false }
            rest = after[close...]
        }
        return true
    }

    /// A length in CSS pixels: a number with an optional absolute unit. Percentages give nil.
    static func pixels(_ text: String?) -> Double? {
        guard var text = text?.trimmingCharacters(in: .whitespaces).lowercased(), !text.isEmpty else { return nil }
        let units: [(String, Double)] = [("px", 1), ("pt", 4.0 / 3), ("pc", 16), ("mm", 96 / 25.4), ("cm", 96 / 2.54),
                                         ("in", 96), ("em", 16), ("ex", 8)]
        var scale = 1.0
        for (unit, factor) in units where text.hasSuffix(unit) {
            scale = factor
            text.removeLast(unit.count)
            break
        }
        guard let number = Double(text.trimmingCharacters(in: .whitespaces)), number.isFinite else { return nil }
        return number * scale
    }
}
