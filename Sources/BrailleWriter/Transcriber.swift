import PlainlyModel

/// Print text in, braille cells out, noticing on the way what braille cannot say: a character the
/// UEB table has no braille for is left out and reported where it stands in the source, once per
/// stretch of text, never a crash or a run of escape codes a reader cannot read.
struct Transcriber {
    /// A stretch of print and where it came from, so a finding can name the line.
    struct Segment {
        var text: String
        var location: SourceLocation

        init(_ text: String, at location: SourceLocation) {
            self.text = text
            self.location = location
        }
    }

    let louis: Louis
    private(set) var diagnostics: [Diagnostic] = []
    /// Whether the table has braille for a character, asked of liblouis once per character.
    private var known: [Unicode.Scalar: Bool] = [:]
    /// Each text's braille, kept for the writer's next pass (the contents' page numbers are found by
    /// paginating again), which then costs liblouis nothing.
    private var memo: [String: [BrailleCell]] = [:]

    init(louis: Louis) {
        self.louis = louis
    }

    /// The braille for the segments read as one text. A hard line break (`\n`) is kept as a blank cell;
    /// callers that keep print lines apart split on it first.
    mutating func cells(_ segments: [Segment]) -> [BrailleCell] {
        var text = ""
        for segment in segments {
            check(segment)
            text += segment.text
        }
        return cells(of: text, at: segments.first?.location ?? .generated)
    }

    mutating func cells(_ text: String, at location: SourceLocation) -> [BrailleCell] {
        check(Segment(text, at: location))
        return cells(of: text, at: location)
    }

    /// Forgets what was reported, keeping what was learnt, for another pass over the same document.
    mutating func startOver() { diagnostics = [] }

    private mutating func cells(of text: String, at location: SourceLocation) -> [BrailleCell] {
        if let cells = memo[text] { return cells }
        let spaced = String(String.UnicodeScalarView(text.unicodeScalars.map { Self.isSpace($0) ? " " : $0 }))
        guard let cells = louis.translate(spaced) else {
            diagnostics.append(.warning(
                "This text could not be put into braille, so the braille leaves it out: \(Self.excerpt(text))",
                id: "no-braille", at: location))
            return []
        }
        memo[text] = cells
        return cells
    }

    /// Reports the characters in a segment that have no braille, in the order they first appear.
    private mutating func check(_ segment: Segment) {
        var missing: [Unicode.Scalar] = []
        for scalar in segment.text.unicodeScalars where !Self.isSpace(scalar) && !Self.isPlainASCII(scalar) {
            if known[scalar] == nil { known[scalar] = louis.defines(scalar) }
            if known[scalar] == false && !missing.contains(scalar) { missing.append(scalar) }
        }
        guard !missing.isEmpty else { return }
        let named = Wording.list(missing.map { "‘\(Character($0))’ (U+\(String($0.value, radix: 16, uppercase: true).leftPadded(to: 4)))" })
        let verb = missing.count == 1 ? "has" : "have"
        diagnostics.append(Diagnostic(
            .warning, "\(named) \(verb) no braille in Unified English Braille, so the braille leaves \(missing.count == 1 ? "it" : "them") out.",
            id: "no-braille", at: segment.location,
            why: "A braille reader would otherwise meet a code they cannot read, or miss something without knowing.",
            suggestion: "Say it in words, or leave it out of the source."))
    }

    /// Printable ASCII: every character of it is in the UEB table (a test holds this), so it needs
    /// no asking.
    private static func isPlainASCII(_ scalar: Unicode.Scalar) -> Bool { (0x21...0x7E).contains(scalar.value) }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{A0}"
    }

    private static func excerpt(_ text: String) -> String {
        text.count <= 40 ? "“\(text)”" : "“\(text.prefix(40))…”"
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
