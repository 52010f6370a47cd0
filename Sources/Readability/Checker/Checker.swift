import Foundation
import PlainlyModel
import Spelling

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
    /// Read, tokenise and run the one-unit rules on worker threads while the in-order rules run (see
    /// `AnalysisPipeline`): for long texts from the command line. The result is the same either way.
    public var usesWorkers: Bool
    /// Words accepted in every document (a project's `words:`), with each document's own.
    public var acceptedWords: [String]
    /// Where a streamed report's view of each unit goes as the text is checked, instead of the result
    /// keeping the units (see `UnitSpool`); nil for none.
    public var unitSpool: UnitSpool?

    public init(
        profile: CheckProfile, lists: WordLists = .shipped, keepsUnits: Bool = false, onlyRules: Set<String>? = nil,
        usesWorkers: Bool = false, acceptedWords: [String] = []
    ) {
        self.profile = profile
        self.lists = lists
        self.keepsUnits = keepsUnits
        self.onlyRules = onlyRules
        self.usesWorkers = usesWorkers
        self.acceptedWords = acceptedWords
    }

    public init(_ name: Profile, keepsUnits: Bool = false) {
        self.init(profile: .named(name), keepsUnits: keepsUnits)
    }

    /// Starts loading what every check needs (the syllable table, the word lists, the profiles) on a
    /// thread of its own and returns at once. A command that is about to check calls this first, so
    /// the loading overlaps reading its arguments and opening files; whatever the check needs before
    /// the loading is done, it waits for.
    /// A thread each, since each piece takes milliseconds and a long check needs all of them before
    /// its first unit: the syllable table, the word lists, the profiles (the rules are made from the
    /// lists and the profile together) and Hunspell's dictionary (needed only when the in-order
    /// rules reach the first unit).
    public static func warmUp() {
        Thread {
            _ = SyllableTable.shipped
            _ = SyllableMemo.shared
        }.start()
        // The spelling guesses' table after the lists: most long texts have a misspelling.
        Thread { _ = WordLists.shipped.derived.spellingGuesses }.start()
        Thread { _ = CheckProfile.shipped }.start()
        Thread { _ = SpellChecker.britishEnglish }.start()
    }

    public func check(_ document: Document) -> CheckResult {
        check(metadata: document.metadata, parts: document.parts)
    }

    /// Checks a document given part by part, so a reader can hand over a long text in pieces and no
    /// piece is kept once it has been checked. Rules see each part as a document of its own at the
    /// start, and the units of all parts in order.
    public func check<Parts: Sequence>(metadata: Metadata, parts: Parts) -> CheckResult where Parts.Element: PartPiece {
        let rules = makeRules(accepting: acceptedWords + metadata.words)
        let run = Run(rules: rules, metadata: metadata, keepsUnits: keepsUnits, spool: unitSpool)
        AnalysisPipeline(
            abbreviations: lists.abbreviations, unitRules: rules.filter { type(of: $0).checksUnitsIndependently },
            unitEncoder: unitSpool?.encoder(for: profile), usesWorkers: usesWorkers
        ) { run.take(&$0) }.run(parts)
        return run.finish(profile: profile)
    }

    /// The rules' side of a check, fed one batch of analysed units at a time, in order. Used by one
    /// thread at a time: the pipeline's receiving thread, then the caller once the pipeline is done.
    final class Run: @unchecked Sendable {
        /// Every rule: all are started and finished here, but only those that remember what they
        /// have seen check units here (the others check in the pipeline).
        var rules: [any Rule]
        let remembering: [Int]
        var sink = FindingSink()
        var counts = TextCounts()
        var kept: [AnalysedUnit] = []
        let metadata: Metadata
        let keepsUnits: Bool
        let spool: UnitSpool?

        init(rules: [any Rule], metadata: Metadata, keepsUnits: Bool, spool: UnitSpool?) {
            self.rules = rules
            remembering = rules.indices.filter { !type(of: rules[$0]).checksUnitsIndependently }
            self.metadata = metadata
            self.keepsUnits = keepsUnits
            self.spool = spool
            sink.documentLocation = metadata.location
        }

        /// Units already received, so each part's units are numbered on from the last part's.
        var unitsBefore = 0

        /// Renumbers the batch's units and findings in place, rather than in a copy; the pipeline
        /// frees the batch afterwards. The rules and findings are worked on as local values and put
        /// back at the end: this runs on one thread for every part of a long text, and each change to
        /// a class's property would be checked for exclusive access while the program runs.
        func take(_ batch: inout AnalysisPipeline.Batch) {
            guard let part = batch.part else { return }
            var rules = takeRules(), sink = takeSink()
            defer {
                self.rules = rules
                self.sink = sink
            }
            let piece = Document(metadata: metadata, parts: [part])
            for index in rules.indices { rules[index].start(piece, &sink) }
            counts.add(batch.counts)
            let before = unitsBefore
            for index in batch.findings.indices { batch.findings[index].unitIndex? += before }
            sink.append(contentsOf: batch.findings)
            for index in batch.units.indices { batch.units[index].index += before }
            for unit in batch.units {
                if unit.index == 0 { sink.documentLocation = unit.unit.location }
                for rule in remembering { rules[rule].check(unit, &sink) }
            }
            if keepsUnits { kept += batch.units }
            spool?.append(batch.encoded, unitEnds: batch.encodedEnds)
            unitsBefore += batch.units.count
        }

        private func takeRules() -> [any Rule] {
            var taken: [any Rule] = []
            swap(&taken, &rules)
            return taken
        }

        private func takeSink() -> FindingSink {
            var taken = FindingSink()
            swap(&taken, &sink)
            return taken
        }

        func finish(profile: CheckProfile) -> CheckResult {
            for index in rules.indices { rules[index].finish(counts, &sink) }
            let findings = sink.takeSorted()
            // Scores and word advice are for English; on another language only that is said.
            if let notEnglish = findings.first(where: { $0.rule == NotEnglish.id }) {
                return CheckResult(profile: profile, counts: counts, scores: nil, findings: [notEnglish], units: kept)
            }
            var result = CheckResult(profile: profile, counts: counts, scores: Scores(counts), findings: findings, units: kept)
            result.glossaryHome = GlossaryHome(metadata)
            return result
        }
    }

    func makeRules(accepting words: [String] = []) -> [any Rule] {
        let lists = words.isEmpty ? lists : lists.accepting(words)
        return RuleRegistry.all.compactMap { type -> (any Rule)? in
            if let onlyRules {
                guard onlyRules.contains(type.id) else { return nil }
                return type.init(settings: profile.settings(for: type.id) ?? RuleSettings(), lists: lists)
            }
            guard let settings = profile.settings(for: type.id) else { return nil }
            return type.init(settings: settings, lists: lists)
        }
    }
}
