import PlainlyModel

/// Part of the reading layer (`DocumentReaders`), shared by `plainly check` and `plainly import`:
/// text in, content model out, knowing nothing of the checker.
///
/// Reads the body text of an HTML page into the content model: `h1`–`h6` are headings, `p`, `li`, `td`,
/// `th`, `caption`, `dt`, `dd`, `blockquote` and `figcaption` are units of their own, `img` alt text is a
/// picture description, `em`, `i` and `u` are emphasis. Scripts, styles and the head are skipped. A light
/// scanner, not a browser: it needs no network and never runs anything.
public struct HTMLTextReader: Sendable {
    public init() {}

    static let blockTags: Set<String> = [
        "p", "li", "td", "th", "caption", "dt", "dd", "blockquote", "figcaption", "div", "section", "article",
        "main", "header", "footer", "aside", "nav", "ul", "ol", "table", "tr", "form", "pre", "address", "body",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr",
    ]
    static let skippedTags: Set<String> = ["script", "style", "head", "noscript", "template", "svg", "title"]
    static let emphasisTags: Set<String> = ["em", "i", "u", "cite"]

    public func read(_ html: String, file: String) -> Document {
        var scanner = Scanner(html: Array(html.utf8), file: file)
        scanner.run()
        return Document(
            metadata: Metadata(title: scanner.title, kind: .paper, profile: .plain),
            parts: [Part(blocks: scanner.blocks, location: SourceLocation(file: file, line: 1, column: 1))])
    }

    struct Scanner {
        let html: [UInt8]
        let file: String
        var blocks: [Block] = []
        var title = ""
        var index = 0
        var line = 1
        var column = 1
        // The unit being built.
        var kind = "p"
        var inlines: [Inline] = []
        var pending = ""
        var pendingStart: SourceLocation?
        var unitStart: SourceLocation?
        var emphasisDepth = 0
        var skipping: String?

        init(html: [UInt8], file: String) {
            self.html = html
            self.file = file
        }

        var here: SourceLocation { SourceLocation(file: file, line: line, column: column) }

        mutating func advance(_ count: Int = 1) {
            for _ in 0..<count where index < html.count {
                if html[index] == 10 {
                    line += 1
                    column = 1
                } else if html[index] & 0xC0 != 0x80 {
                    column += 1
                }
                index += 1
            }
        }

        mutating func run() {
            while index < html.count {
                if html[index] == UInt8(ascii: "<") {
                    tag()
                } else if skipping != nil {
                    advance()
                } else {
                    text()
                }
            }
            flush()
        }

        mutating func text() {
            if pendingStart == nil { pendingStart = here }
            if unitStart == nil { unitStart = here }
            var bytes: [UInt8] = []
            while index < html.count && html[index] != UInt8(ascii: "<") {
                if html[index] == UInt8(ascii: "&"), let (decoded, length) = Self.entity(html, at: index) {
                    bytes += Array(decoded.utf8)
                    advance(length)
                } else {
                    let byte = html[index]
                    bytes.append(byte == 10 || byte == 13 || byte == 9 ? 32 : byte)
                    advance()
                }
            }
            pending += String(decoding: bytes, as: UTF8.self)
        }

        mutating func closePending() {
            guard !pending.isEmpty else { return }
            let node = Inline.text(pending, at: pendingStart ?? here)
            inlines.append(emphasisDepth > 0 ? .emphasis([node], at: pendingStart ?? here) : node)
            pending = ""
            pendingStart = nil
        }

        mutating func tag() {
            let start = here
            var end = index + 1
            var quote: UInt8?
            while end < html.count {
                let byte = html[end]
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == 0x22 || byte == 0x27 {
                    quote = byte
                } else if byte == UInt8(ascii: ">") {
                    break
                }
                end += 1
            }
            let inside = String(decoding: html[(index + 1)..<min(end, html.count)], as: UTF8.self)
            advance(end + 1 - index)
            if inside.hasPrefix("!") || inside.hasPrefix("?") { return }  // comments, doctype
            let closing = inside.hasPrefix("/")
            let nameAndRest = closing ? inside.dropFirst() : Substring(inside)
            let name = String(nameAndRest.prefix(while: { $0.isLetter || $0.isNumber })).lowercased()
            if let skipped = skipping {
                if closing && name == skipped { skipping = nil }
                return
            }
            if !closing && HTMLTextReader.skippedTags.contains(name) && !inside.hasSuffix("/") {
                if name == "title" { title = "" }
                skipping = name
                return
            }
            if HTMLTextReader.emphasisTags.contains(name) {
                closePending()
                emphasisDepth = max(0, emphasisDepth + (closing ? -1 : 1))
            } else if name == "br" {
                pending += "\n"
            } else if name == "img", !closing, let words = Self.pictureWords(in: inside) {
                flush()
                // The address as written: `plainly import` decides whether it may be read.
                let src = Self.attribute("src", in: inside) ?? ""
                blocks.append(.picture(Picture(source: .file(written: src, path: src), words: words, location: start)))
            } else if HTMLTextReader.blockTags.contains(name) {
                flush()
                if !closing { kind = name }
                unitStart = nil
            }
        }

        /// What an `<img>` says: its alt text; an empty description when it has none at all (a
        /// picture someone still has to describe, which import makes a slot); nothing for `alt=""`,
        /// which HTML uses for a decorative picture.
        static func pictureWords(in inside: String) -> Picture.Words? {
            guard let alt = attribute("alt", in: inside) else {
                return attribute("src", in: inside) == nil ? nil : .description("")
            }
            return alt.isEmpty ? nil : .description(alt)
        }

        mutating func flush() {
            closePending()
            defer {
                inlines = []
                unitStart = nil
            }
            guard inlines.contains(where: { !$0.plainText.allSatisfy(\.isWhitespace) }) else { return }
            let location = unitStart ?? inlines[0].location
            let trimmed = inlines
            switch kind {
            case "h1", "h2", "h3", "h4", "h5", "h6":
                let level = Int(String(kind.dropFirst()))!
                blocks.append(.heading(Heading(level: level, inlines: trimmed, location: location)))
            case "li", "dd", "dt":
                blocks.append(.list(ListBlock(isNumbered: false, items: [ListItem(blocks: [.paragraph(Paragraph(inlines: trimmed, location: location))], location: location)], location: location)))
            case "td", "th":
                blocks.append(.table(Table(header: [], rows: [[TableCell(inlines: trimmed, location: location)]], location: location)))
            case "caption":
                blocks.append(.table(Table(caption: trimmed.plainText, header: [], rows: [], location: location)))
            default:
                blocks.append(.paragraph(Paragraph(inlines: trimmed, location: location)))
            }
        }

        static func attribute(_ name: String, in tag: String) -> String? {
            guard let range = tag.range(of: "\(name)=", options: .caseInsensitive) else { return nil }
            let rest = tag[range.upperBound...]
            guard let quote = rest.first, quote == "\"" || quote == "'" else {
                return String(rest.prefix(while: { !$0.isWhitespace && $0 != ">" }))
            }
            let value = rest.dropFirst().prefix(while: { $0 != quote })
            return decode(String(value))
        }

        static func decode(_ text: String) -> String {
            let bytes = Array(text.utf8)
            var out: [UInt8] = []
            var index = 0
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "&"), let (decoded, length) = entity(bytes, at: index) {
                    out += Array(decoded.utf8)
                    index += length
                } else {
                    out.append(bytes[index])
                    index += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }

        static let named: [String: String] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "rsquo": "’", "lsquo": "‘",
            "ldquo": "“", "rdquo": "”", "mdash": "—", "ndash": "–", "hellip": "…", "pound": "£", "euro": "€",
            "copy": "©", "eacute": "é", "frac12": "½", "frac14": "¼", "frac34": "¾", "bull": "•", "middot": "·",
        ]

        /// `&amp;`, `&#39;`, `&#x2019;`: the text and how many bytes the entity took.
        static func entity(_ bytes: [UInt8], at start: Int) -> (String, Int)? {
            var end = start + 1
            while end < bytes.count && end - start < 12 && bytes[end] != UInt8(ascii: ";") { end += 1 }
            guard end < bytes.count, bytes[end] == UInt8(ascii: ";") else { return nil }
            let body = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
            if body.hasPrefix("#x") || body.hasPrefix("#X"), let value = UInt32(body.dropFirst(2), radix: 16),
                let scalar = Unicode.Scalar(value)
            {
                return (String(Character(scalar)), end - start + 1)
            }
            if body.hasPrefix("#"), let value = UInt32(body.dropFirst()), let scalar = Unicode.Scalar(value) {
                return (String(Character(scalar)), end - start + 1)
            }
            if let text = named[body] { return (text, end - start + 1) }
            return nil
        }
    }
}
