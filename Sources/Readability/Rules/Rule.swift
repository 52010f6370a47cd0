import PlainlyModel

/// One readability rule: a stable id, why it matters, and examples that must and must not trigger it
/// (the examples are the tests: `RuleExampleTests` runs every rule's). Thresholds and word lists come
/// from the profile and `WordLists`, never from the rule's code.
///
/// A rule sees the document once at the start (for rules about structure), then every unit in reading
/// order with its sentences, then the whole document's counts at the end. Each check makes fresh rule
/// values, so a rule may remember what it has seen (first uses, the last heading level).
public protocol Rule: Sendable {
    static var id: String { get }
    /// Why this matters to a reader, in plain words.
    static var why: String { get }
    static var examples: [RuleExample] { get }
    /// True when `check` looks only at the unit it is given and remembers nothing between units: such
    /// a rule can check units on any thread, in any order (see `AnalysisPipeline`). False by default.
    static var checksUnitsIndependently: Bool { get }

    init(settings: RuleSettings, lists: WordLists)

    mutating func start(_ document: Document, _ findings: inout FindingSink)
    mutating func check(_ unit: AnalysedUnit, _ findings: inout FindingSink)
    mutating func finish(_ counts: TextCounts, _ findings: inout FindingSink)
}

extension Rule {
    public static var checksUnitsIndependently: Bool { false }

    public mutating func start(_ document: Document, _ findings: inout FindingSink) {}
    public mutating func check(_ unit: AnalysedUnit, _ findings: inout FindingSink) {}
    public mutating func finish(_ counts: TextCounts, _ findings: inout FindingSink) {}
}

/// Collects findings; a rule names itself and the place, the sink fills in the rest.
public struct FindingSink: Sendable {
    public private(set) var findings: [Finding] = []
    /// Where a document-wide finding is reported: the first unit of the text.
    public var documentLocation: SourceLocation = .generated

    public init() {}

    public mutating func append(_ finding: Finding) { findings.append(finding) }

    /// Hands the findings over as they were found, without copying them.
    public mutating func takeAll() -> [Finding] {
        var taken: [Finding] = []
        swap(&taken, &findings)
        return taken
    }

    public mutating func append(contentsOf more: [Finding]) { findings += more }

    /// Takes back the last finding reported, for a rule that reports a finding only later.
    public mutating func takeLast() -> Finding? { findings.popLast() }

    /// Hands the findings over, sorted, without copying them.
    public mutating func takeSorted() -> [Finding] {
        var taken: [Finding] = []
        swap(&taken, &findings)
        taken.sortByLocation()
        return taken
    }

    public mutating func report<R: Rule>(
        _ rule: R.Type, _ severity: Finding.Severity, in unit: AnalysedUnit, range: Range<Int>,
        excerpt: Range<Int>? = nil, _ message: String, suggestion: String? = nil, subject: String? = nil
    ) {
        let shown = excerpt ?? range
        if unit.index != cursorUnit {
            cursor = nil
            cursorUnit = unit.index
        }
        let location = unit.unit.location(ofOffset: range.lowerBound, continuing: &cursor)
        findings.append(Finding(
            rule: R.id, severity: severity, location: location, message: message,
            why: R.why, suggestion: suggestion, excerpt: sharedExcerpt(of: shown, in: unit), unitIndex: unit.index, range: shown,
            subject: subject))
    }

    public mutating func report<R: Rule>(
        _ rule: R.Type, _ severity: Finding.Severity, at location: SourceLocation, _ message: String,
        suggestion: String? = nil, excerpt: String? = nil
    ) {
        findings.append(Finding(
            rule: R.id, severity: severity, location: location.isGenerated ? documentLocation : location,
            message: message, why: R.why, suggestion: suggestion, excerpt: excerpt))
    }

    static func oneLine(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 10 || $0 == 13 || $0 == 9 }) else { return text }
        return oneLine(Array(text.utf8)[...])
    }

    /// The text with line breaks and tabs as spaces, made straight from the unit's bytes.
    static func oneLine(_ bytes: ArraySlice<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            var written = 0
            for byte in bytes {
                buffer[written] = byte == 10 || byte == 13 || byte == 9 ? 32 : byte
                written += 1
            }
            return written
        }
    }

    /// Where the last finding's place was worked out, in unit `cursorUnit` (see `TextUnit.LocationCursor`).
    private var cursor: TextUnit.LocationCursor?
    private var cursorUnit = -1

    /// Excerpts already made for the current unit, by range: findings about the same sentence share one
    /// string instead of each holding a copy.
    /// A unit has few of them (one a sentence with findings), so they are kept in a list and looked
    /// for from the newest: hashing ranges for a dictionary costs more than that.
    private var excerpts: [(range: Range<Int>, text: String)] = []
    private var excerptsUnit = -1

    mutating func sharedExcerpt(of range: Range<Int>, in unit: AnalysedUnit) -> String {
        if unit.index != excerptsUnit {
            excerpts.removeAll(keepingCapacity: true)
            excerptsUnit = unit.index
        }
        if let made = excerpts.last(where: { $0.range == range }) { return made.text }
        let made = Self.oneLine(unit.bytes[range])
        excerpts.append((range, made))
        return made
    }
}

/// An example a rule must (or must not) report, in the profile it is meant for.
public struct RuleExample: Sendable {
    public var document: Document
    public var triggers: Bool
    public var profile: Profile

    /// A whole document that must trigger the rule (`triggers: true`) or must not.
    public static func passes(_ document: Document, in profile: Profile = .plain) -> RuleExample {
        RuleExample(document: document, triggers: false, profile: profile)
    }

    public static func triggers(_ document: Document, in profile: Profile = .plain) -> RuleExample {
        RuleExample(document: document, triggers: true, profile: profile)
    }

    public init(document: Document, triggers: Bool, profile: Profile = .plain) {
        self.document = document
        self.triggers = triggers
        self.profile = profile
    }

    /// One paragraph of text that must trigger the rule.
    public static func triggers(_ text: String, in profile: Profile = .plain) -> RuleExample {
        RuleExample(document: .paragraphs([text]), triggers: true, profile: profile)
    }

    /// One paragraph of text that must not trigger the rule.
    public static func passes(_ text: String, in profile: Profile = .plain) -> RuleExample {
        RuleExample(document: .paragraphs([text]), triggers: false, profile: profile)
    }

    public static func triggers(_ blocks: [Block], in profile: Profile = .plain, glossary: [String] = []) -> RuleExample {
        RuleExample(document: .blocks(blocks, glossary: glossary), triggers: true, profile: profile)
    }

    public static func passes(_ blocks: [Block], in profile: Profile = .plain, glossary: [String] = []) -> RuleExample {
        RuleExample(document: .blocks(blocks, glossary: glossary), triggers: false, profile: profile)
    }
}

extension Document {
    /// A one-part document of plain paragraphs, for examples and tests.
    public static func paragraphs(_ texts: [String], file: String = "example.txt") -> Document {
        .blocks(texts.enumerated().map { index, text in
            .paragraph(Paragraph(
                inlines: [.text(text, at: SourceLocation(file: file, line: index * 2 + 1, column: 1))],
                location: SourceLocation(file: file, line: index * 2 + 1, column: 1)))
        })
    }

    public static func blocks(_ blocks: [Block], glossary: [String] = [], words: [String] = []) -> Document {
        var metadata = Metadata(
            title: "Example", profile: .plain,
            glossary: glossary.map { GlossaryEntry(term: $0, explanation: "Explained.") })
        metadata.words = words
        return Document(metadata: metadata, parts: [Part(blocks: blocks)])
    }
}
