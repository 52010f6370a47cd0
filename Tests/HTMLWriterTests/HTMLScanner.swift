/// A deliberately small reader for the HTML the writer makes (always double-quoted attributes), used
/// by tests to check what tags, attributes and text a page really holds. It is strict: anything it
/// cannot read as a tag counts as a problem.
struct HTMLScanner {
    struct StartTag: Equatable {
        var name: String
        var attributes: [(name: String, value: String)]

        static func == (a: StartTag, b: StartTag) -> Bool {
            a.name == b.name && a.attributes.map(\.name) == b.attributes.map(\.name)
                && a.attributes.map(\.value) == b.attributes.map(\.value)
        }

        func value(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
    }

    private(set) var tags: [StartTag] = []
    private(set) var endTags: [String] = []
    /// Text between tags, with character references decoded.
    private(set) var text = ""
    private(set) var problems: [String] = []
    /// Raw `<style>` contents, which are not text.
    private(set) var styles: [String] = []

    init(_ html: String) {
        var rest = Substring(html)
        if rest.hasPrefix("<!DOCTYPE html>") { rest = rest.dropFirst("<!DOCTYPE html>".count) }
        while let open = rest.firstIndex(of: "<") {
            if rest[..<open].contains(">") { problems.append("raw > in text near \(rest[..<open].suffix(30))") }
            text += Self.decode(rest[..<open])
            rest = rest[open...].dropFirst()
            if rest.hasPrefix("/") {
                let name = rest.dropFirst().prefix { $0.isLetter || $0.isNumber }
                let after = rest.dropFirst(1 + name.count)
                guard after.hasPrefix(">") else {
                    problems.append("bad end tag near \(rest.prefix(30))")
                    return
                }
                endTags.append(String(name))
                rest = after.dropFirst()
                continue
            }
            let name = rest.prefix { $0.isLetter || $0.isNumber }
            guard !name.isEmpty else {
                problems.append("'<' that starts no tag near \(rest.prefix(30))")
                return
            }
            rest = rest.dropFirst(name.count)
            var attributes: [(String, String)] = []
            while true {
                rest = rest.drop { $0 == " " }
                if rest.hasPrefix(">") {
                    rest = rest.dropFirst()
                    break
                }
                let attribute = rest.prefix { $0.isLetter || $0 == "-" }
                guard !attribute.isEmpty else {
                    problems.append("unreadable attribute in <\(name)> near \(rest.prefix(30))")
                    return
                }
                rest = rest.dropFirst(attribute.count)
                guard rest.hasPrefix("=\"") else {
                    problems.append("attribute \(attribute) without a double-quoted value")
                    return
                }
                rest = rest.dropFirst(2)
                guard let close = rest.firstIndex(of: "\"") else {
                    problems.append("unclosed attribute value")
                    return
                }
                let value = rest[..<close]
                if value.contains("<") || value.contains(">") { problems.append("raw < or > in attribute \(attribute)") }
                attributes.append((String(attribute), Self.decode(value)))
                rest = rest[close...].dropFirst()
            }
            tags.append(StartTag(name: String(name), attributes: attributes))
            if name == "style", let end = rest.range(of: "</style>") {
                styles.append(String(rest[..<end.lowerBound]))
                rest = rest[end.lowerBound...]
            }
        }
        if rest.contains(">") { problems.append("raw > in text at the end") }
        text += Self.decode(rest)
    }

    /// Decodes the four references the writer uses; any other `&` is a problem in waiting.
    static func decode(_ s: Substring) -> String {
        guard s.contains("&") else { return String(s) }
        var out = ""
        var rest = s
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            rest = rest[amp...]
            var matched = false
            for (reference, character) in [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\"")]
            where rest.hasPrefix(reference) {
                out += character
                rest = rest.dropFirst(reference.count)
                matched = true
                break
            }
            if !matched {
                out += "&"
                rest = rest.dropFirst()
            }
        }
        return out + rest
    }
}
