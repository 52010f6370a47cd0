import PlainlyModel

/// Checks a document: counts its words, sentences and syllables once, scores them with every formula,
/// and runs the profile's rules over each unit in reading order.
///
/// The checker only ever reads the content model; readers for .md, .txt, .html and .docx turn files
/// into a `Document` first.
public struct Checker: Sendable {
    public var profile: CheckProfile
    public var lists: WordLists
    /// Keep every unit with its sentences and words in the result (for `--tokens` and HTML reports).
    public var keepsUnits: Bool
    /// When set, only these rules run, whatever the profile says (their settings still come from it).
    public var onlyRules: Set<String>?

    public init(profile: CheckProfile, lists: WordLists = .shipped, keepsUnits: Bool = false, onlyRules: Set<String>? = nil) {
        self.profile = profile
        self.lists = lists
        self.keepsUnits = keepsUnits
        self.onlyRules = onlyRules
    }

    public init(_ name: ProfileName, keepsUnits: Bool = false) {
        self.init(profile: .named(name), keepsUnits: keepsUnits)
    }

    public func check(_ document: Document) -> CheckResult {
        check(metadata: document.metadata, parts: document.parts)
    }

    /// Checks a document given part by part, so a reader can hand over a long text in pieces and no
    /// piece is kept once it has been checked. Rules see each part as a document of its own at the
    /// start, and the units of all parts in order.
    public func check(metadata: Metadata, parts: some Sequence<Part>) -> CheckResult {
        let run = Run(rules: makeRules(), lists: lists, keepsUnits: keepsUnits)
        run.sink.documentLocation = metadata.location
        for part in parts {
            let piece = Document(metadata: metadata, parts: [part])
            for index in run.rules.indices { run.rules[index].start(piece, &run.sink) }
            var collector = UnitCollector { run.process($0) }
            collector.visitPart(part)
        }
        for index in run.rules.indices { run.rules[index].finish(run.counts, &run.sink) }
        return CheckResult(
            profile: profile, counts: run.counts, scores: Scores(run.counts),
            findings: run.sink.takeSorted(), units: run.kept)
    }

    /// The state of one check, fed one unit at a time.
    final class Run {
        var rules: [any Rule]
        var sink = FindingSink()
        var counts = TextCounts()
        var kept: [AnalysedUnit] = []
        let tokeniser: Tokeniser
        let keepsUnits: Bool
        var index = 0

        init(rules: [any Rule], lists: WordLists, keepsUnits: Bool) {
            self.rules = rules
            self.keepsUnits = keepsUnits
            tokeniser = Tokeniser(abbreviations: lists.abbreviations)
        }

        func process(_ unit: TextUnit) {
            if index == 0 { sink.documentLocation = unit.location }
            let bytes = Array(unit.text.utf8)
            let sentences = bytes.withUnsafeBufferPointer { buffer in
                let sentences = tokeniser.sentences(in: buffer)
                for sentence in sentences { counts.add(sentence, text: buffer) }
                return sentences
            }
            let analysed = AnalysedUnit(index: index, unit: unit, sentences: sentences, bytes: bytes)
            for rule in rules.indices { rules[rule].check(analysed, &sink) }
            if keepsUnits { kept.append(analysed) }
            index += 1
        }
    }

    func makeRules() -> [any Rule] {
        RuleRegistry.all.compactMap { type -> (any Rule)? in
            if let onlyRules {
                guard onlyRules.contains(type.id) else { return nil }
                return type.init(settings: profile.settings(for: type.id) ?? RuleSettings(), lists: lists)
            }
            guard let settings = profile.settings(for: type.id) else { return nil }
            return type.init(settings: settings, lists: lists)
        }
    }
}
