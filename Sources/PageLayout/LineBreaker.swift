import PlainlyModel

/// One line as the breaker made it: runs placed from x = 0, and whether a sentence ends with it.
struct BrokenLine: Hashable {
    var runs: [TextRun]
    var width: Points
    var endsSentence: Bool
}

/// Breaks running text into lines at spaces only: left-aligned, ragged right, no hyphenation. A word
/// is split only when it alone is wider than the line, and that is reported, because it is the one
/// place a reader meets a broken word.
struct LineBreaker {
    let measurer: CachedMeasurer
    let size: Points
    /// Every heading anchor in the document: a link to any other is drawn as plain text, and reported.
    var anchors: Set<String>? = nil

    /// A link is drawn as a link only when where it goes is at most this many bytes long. Every line
    /// of a link carries its whole address in the PDF, so a 64 KB address split over 1,600 lines
    /// made a file of 100 MB. Sitemaps refuse addresses of 2,048 characters or more and browsers
    /// long stopped at 2,083, so real addresses stay well within this.
    static let longestLinkAddress = 2_048

    private struct Fragment {
        var text: String
        var weight: FontWeight
        var link: LinkTarget?
    }

    private enum Token {
        case word([Fragment])
        case space(FontWeight, LinkTarget?)
        case hardBreak
    }

    private struct Piece {
        var text: String
        var weight: FontWeight
        var link: LinkTarget?
        var width: Points
    }

    /// Lines no wider than `width`. When the text holds a link, every other run is tagged as a span.
    func lines(
        for inlines: [Inline], width: Points, weight: FontWeight, location: SourceLocation,
        diagnostics: inout [Diagnostic]
    ) -> [BrokenLine] {
        let tokens = tokenize(inlines, weight: weight, location: location, diagnostics: &diagnostics)
        let hasLink = tokens.contains { token in
            if case .word(let fragments) = token { return fragments.contains { $0.link != nil } }
            return false
        }
        var lines: [[Piece]] = []
        var sentenceEnds: [Bool] = []
        var current: [Piece] = []
        var x = Points.zero
        var pendingSpace: Piece?
        var lastWord = ""

        /// `next`: the word that starts the next line, if known; a line ends a sentence only where the
        /// tokeniser would say so ("Dr. Patel" does not, "etc. The" does).
        func finish(next: String? = nil) {
            lines.append(current)
            sentenceEnds.append(SentenceEnd.ends(lastWord, next: next))
            current = []
            x = .zero
            pendingSpace = nil
        }

        for token in tokens {
            switch token {
            case .space(let spaceWeight, let link):
                if !current.isEmpty {
                    pendingSpace = Piece(
                        text: " ", weight: spaceWeight, link: link,
                        width: measurer.width(of: " ", weight: spaceWeight, size: size))
                }
            case .hardBreak:
                if !current.isEmpty { finish() }
            case .word(let fragments):
                let pieces = fragments.map {
                    Piece(text: $0.text, weight: $0.weight, link: $0.link,
                          width: measurer.width(of: $0.text, weight: $0.weight, size: size))
                }
                let wordWidth = pieces.reduce(Points.zero) { $0 + $1.width }
                let word = fragments.map(\.text).joined()
                let spaceWidth = pendingSpace?.width ?? .zero
                if !current.isEmpty && x + spaceWidth + wordWidth > width {
                    keepSpaceAtLineEnd(pendingSpace, in: &current)
                    finish(next: word)
                }
                if current.isEmpty && wordWidth > width {
                    // An address breaks after its slashes, dots, at signs and hyphens, as a reader
                    // expects; only a piece still wider than the line is split between letters.
                    var splitInside = false
                    for segment in segments(of: pieces) {
                        let segmentWidth = segment.reduce(Points.zero) { $0 + $1.width }
                        if !current.isEmpty && x + segmentWidth > width {
                            lastWord = ""
                            finish()
                        }
                        if segmentWidth <= width {
                            current.append(contentsOf: segment)
                            x = x + segmentWidth
                            continue
                        }
                        splitInside = true
                        for piece in segment {
                            if !current.isEmpty && x + piece.width > width {
                                lastWord = ""
                                finish()
                            }
                            current.append(piece)
                            x = x + piece.width
                        }
                    }
                    if splitInside {
                        diagnostics.append(Diagnostic(
                            .warning, "the word \"\(Self.quoted(word))\" is wider than the line, so it is split across lines",
                            id: "word-too-wide", at: location,
                            why: "A word broken across lines is hard to read, above all for people with a learning disability.",
                            suggestion: "Use a shorter word, or put a long web address on a line of its own in a smaller document."))
                    }
                    lastWord = word
                    continue
                }
                if let space = pendingSpace, !current.isEmpty {
                    // A space between two parts of one link belongs to the link; otherwise it is plain.
                    var placed = space
                    if space.link != pieces.first?.link { placed.link = nil }
                    current.append(placed)
                    x = x + space.width
                }
                pendingSpace = nil
                current.append(contentsOf: pieces)
                x = x + wordWidth
                lastWord = word
            }
        }
        if !current.isEmpty { finish() }

        return zip(lines, sentenceEnds).map { pieces, endsSentence in
            var runs: [TextRun] = []
            var runX = Points.zero
            for piece in pieces {
                let tag: RunTag? = piece.link.map { .link($0) } ?? (hasLink ? .span : nil)
                if let last = runs.last, last.weight == piece.weight, last.tag == tag {
                    // In place: a copy of the run would copy its text for every piece added.
                    runs[runs.count - 1].text += piece.text
                    runs[runs.count - 1].width = last.width + piece.width
                } else {
                    runs.append(TextRun(x: runX, width: piece.width, text: piece.text, weight: piece.weight, tag: tag))
                }
                runX = runX + piece.width
            }
            return BrokenLine(runs: runs, width: runX, endsSentence: endsSentence)
        }
    }

    /// The space where a line wraps stays in the line's text, taking no width, so the words either
    /// side of the break stay two words for a screen reader, a search and copy-and-paste ("care
    /// and support", not "care andsupport"). It joins the line's last run (its weight and link),
    /// so it adds no element of its own and moves nothing that is drawn.
    private func keepSpaceAtLineEnd(_ space: Piece?, in line: inout [Piece]) {
        guard var space, let last = line.last else { return }
        space.width = .zero
        space.weight = last.weight
        space.link = last.link
        line.append(space)
    }

    /// Where a word too wide for its line may break: in a web or e-mail address after "/", ".",
    /// "@" and "-", in any other word after a hyphen. Each segment is a run of one-character pieces.
    private func segments(of pieces: [Piece]) -> [[Piece]] {
        let breaksAfter = Self.breaksAfter(in: pieces.map(\.text).joined())
        var segments: [[Piece]] = []
        var segment: [Piece] = []
        for piece in pieces {
            for character in piece.text {
                let text = String(character)
                segment.append(Piece(text: text, weight: piece.weight, link: piece.link,
                                     width: measurer.width(of: text, weight: piece.weight, size: size)))
                if breaksAfter.contains(character) {
                    segments.append(segment)
                    segment = []
                }
            }
        }
        if !segment.isEmpty { segments.append(segment) }
        return segments
    }

    static func breaksAfter(in word: String) -> Set<Character> {
        let isAddress = word.contains("/") || word.contains("@") || word.lowercased().hasPrefix("www.")
        return isAddress ? ["/", ".", "@", "-"] : ["-"]
    }

    /// The parts of a word between the places it may break (`segments(of:)`), for the narrowest a
    /// table column may be.
    static func unbreakableParts(of word: String) -> [String] {
        let breaks = breaksAfter(in: word)
        var parts: [String] = []
        var part = ""
        for character in word {
            part.append(character)
            if breaks.contains(character) {
                parts.append(part)
                part = ""
            }
        }
        if !part.isEmpty { parts.append(part) }
        return parts
    }

    /// A word as a message quotes it: whole, unless it is too long to read in a message.
    static func quoted(_ word: String) -> String {
        let shown = 80
        guard word.count > shown else { return word }
        return word.prefix(shown) + "…"
    }

    /// Spaces, tabs and line ends break words; no-break spaces do not.
    static func breaksWords(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x20 || (0x09...0x0D).contains(value) { return true }
        guard value >= 0x80, value != 0xA0, value != 0x2007, value != 0x202F else { return false }
        return scalar.properties.isWhitespace
    }

    /// Only schemes that are safe to follow become links; anything else is drawn as plain text.
    static func target(for destination: String) -> LinkTarget? {
        if destination.hasPrefix("#") && destination.count > 1 { return .anchor(String(destination.dropFirst())) }
        let lowered = destination.lowercased()
        for scheme in ["https://", "http://", "mailto:", "tel:"] where lowered.hasPrefix(scheme) {
            return .uri(destination)
        }
        return nil
    }

    private func tokenize(
        _ inlines: [Inline], weight: FontWeight, location: SourceLocation, diagnostics: inout [Diagnostic]
    ) -> [Token] {
        var tokens: [Token] = []
        var word: [Fragment] = []
        var marks = CombiningMarkLimit()

        func flushWord() {
            if !word.isEmpty { tokens.append(.word(word)) }
            word = []
        }

        func appendPiece(_ text: String, weight: FontWeight, link: LinkTarget?) {
            if let last = word.last, last.weight == weight, last.link == link {
                // In place, so a word made of many pieces is not copied once for each.
                word[word.count - 1].text += text
            } else {
                word.append(Fragment(text: text, weight: weight, link: link))
            }
        }

        func walk(_ inlines: [Inline], weight: FontWeight, link: LinkTarget?) {
            for inline in inlines {
                switch inline {
                case .text(let text):
                    // Scanned by Unicode scalar, slicing whole words out: far cheaper than
                    // building each word a character at a time.
                    let scalars = marks.limit(text.string).unicodeScalars
                    var wordStart: String.Index?
                    var index = scalars.startIndex
                    while index < scalars.endIndex {
                        if Self.breaksWords(scalars[index]) {
                            if let start = wordStart { appendPiece(String(scalars[start..<index]), weight: weight, link: link) }
                            wordStart = nil
                            flushWord()
                            if let last = tokens.last, case .word = last { tokens.append(.space(weight, link)) }
                        } else if wordStart == nil {
                            wordStart = index
                        }
                        index = scalars.index(after: index)
                    }
                    if let start = wordStart { appendPiece(String(scalars[start...]), weight: weight, link: link) }
                case .strong(let strong):
                    walk(strong.children, weight: .bold, link: link)
                case .emphasis(let emphasis):
                    // Italic is never used; emphasis is shown in bold, as easy-read guidance advises.
                    walk(emphasis.children, weight: .bold, link: link)
                case .link(let node):
                    var target = Self.target(for: node.destination)
                    if case .anchor(let anchor) = target, let anchors, !anchors.contains(anchor) {
                        diagnostics.append(Diagnostic(
                            .warning, "the link \"\(node.children.plainText)\" goes to #\(anchor), which no heading has",
                            id: "link-to-nowhere", at: node.location.isGenerated ? location : node.location,
                            why: "A link that goes nowhere leaves a reader stuck.",
                            suggestion: "Use the anchor of a heading in this document, or remove the link."))
                        target = nil
                    }
                    if let address = target.map(Self.address), address.utf8.count > Self.longestLinkAddress {
                        diagnostics.append(Diagnostic(
                            .warning, "the link \"\(node.children.plainText.prefix(60))\" goes to an address of \(address.utf8.count) bytes, so it is drawn as plain text",
                            id: "link-too-long", at: node.location.isGenerated ? location : node.location,
                            why: "No web address is that long; it is most likely text pasted in by mistake.",
                            suggestion: "Use the page's short address, at most \(Self.longestLinkAddress) characters."))
                        target = nil
                    }
                    walk(node.children, weight: weight, link: target)
                case .lineBreak:
                    flushWord()
                    if let last = tokens.last, case .space = last { tokens.removeLast() }
                    tokens.append(.hardBreak)
                }
            }
        }

        walk(inlines, weight: weight, link: nil)
        flushWord()
        if marks.dropped > 0 {
            diagnostics.append(Diagnostic(
                .warning, "a letter carries more than \(CombiningMarkLimit.mostInARow) accents or other marks, so \(marks.dropped) of them are left out",
                id: "too-many-marks", at: location,
                why: "No language puts that many marks on one letter; drawn, they pile up into one blot.",
                suggestion: "Remove the extra marks."))
        }
        return tokens
    }

    private static func address(_ target: LinkTarget) -> String {
        switch target {
        case .uri(let uri): uri
        case .anchor(let anchor): anchor
        }
    }
}

/// Remembers every width it has measured: a document repeats its words, and shaping is the costly part.
final class CachedMeasurer {
    private struct Key: Hashable {
        var text: String
        var weight: FontWeight
        var size: Points
    }

    let measurer: any TextMeasuring
    private var widths: [Key: Points] = [:]
    private var metricsCache: [Key: FontMetrics] = [:]

    init(_ measurer: any TextMeasuring) {
        self.measurer = measurer
    }

    func width(of text: String, weight: FontWeight, size: Points) -> Points {
        let key = Key(text: text, weight: weight, size: size)
        if let known = widths[key] { return known }
        let width = measurer.width(of: text, weight: weight, size: size)
        widths[key] = width
        return width
    }

    func metrics(weight: FontWeight, size: Points) -> FontMetrics {
        let key = Key(text: "", weight: weight, size: size)
        if let known = metricsCache[key] { return known }
        let metrics = measurer.metrics(weight: weight, size: size)
        metricsCache[key] = metrics
        return metrics
    }
}
