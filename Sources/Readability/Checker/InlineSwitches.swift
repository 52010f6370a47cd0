import PlainlyModel

/// Switches a writer puts in a Markdown source to turn rules off where they know better, read from
/// the writers' notes (`WriterNote`):
///
/// - `<!-- plainly-disable jargon, acronym -->`: those rules' findings are not reported from this
///   line to a `plainly-enable` of the same rules, or to the end of the file;
/// - `<!-- plainly-enable jargon -->`, or `<!-- plainly-enable -->` for every rule;
/// - `<!-- plainly-disable-next-line long-sentence -->`: only on the line after the note.
///
/// With no rules named, a switch is for every rule. A finding about the whole text (no summary box,
/// the average sentence length) is switched off by a `plainly-disable` that is never enabled again.
/// An unknown switch or rule name is a warning at the note, with the closest name.
public struct InlineSwitches: Sendable {
    public static let disable = "plainly-disable"
    public static let enable = "plainly-enable"
    public static let disableNextLine = "plainly-disable-next-line"

    /// Lines of one file where some rules (nil: every rule) are off; `lines.upperBound` is `Int.max`
    /// for a switch never turned back on.
    struct Region: Equatable {
        var file: String
        var rules: Set<String>?
        var lines: ClosedRange<Int>
    }

    private(set) var regions: [Region] = []
    private var switchesRead = 0
    /// Unknown switches and rule names, at their notes.
    public private(set) var diagnostics: [Diagnostic] = []

    /// 1,000 switches in one document. A writer switches a rule off for a sentence or a section, a
    /// few times a document; checking each finding against hundreds of thousands of switches would
    /// take minutes. Past this, switches are ignored, with a warning at the first one ignored.
    public static let maximumSwitches = 1_000

    public init(_ document: Document) {
        for part in document.parts where !part.notes.isEmpty { read(part.notes) }
    }

    public var isEmpty: Bool { regions.isEmpty }

    /// True when a switch turns `finding` off.
    public func hides(_ finding: Finding) -> Bool {
        let aboutWholeText = finding.unitIndex == nil
        return regions.contains { region in
            guard region.rules?.contains(finding.rule) ?? true else { return false }
            if aboutWholeText && region.lines.upperBound == Int.max { return true }
            return region.file == finding.location.file && region.lines.contains(finding.location.line)
        }
    }

    /// `result` without the findings the document's switches turn off.
    public func apply(to result: CheckResult) -> CheckResult {
        guard !regions.isEmpty else { return result }
        var kept = CheckResult(
            profile: result.profile, counts: result.counts, scores: result.scores,
            findings: result.findings.filter { !hides($0) }, units: result.units)
        kept.diagnostics = result.diagnostics
        kept.glossaryHome = result.glossaryHome
        return kept
    }

    private mutating func read(_ notes: [WriterNote]) {
        let known = RuleRegistry.all.map { $0.id }
        // Rules switched off and not yet on again, each from its line; "every rule" is nil.
        var open: [(rules: Set<String>?, from: Int)] = []
        let file = notes[0].location.file
        for note in notes {
            guard let (switchName, named) = parse(note, known: known) else { continue }
            switchesRead += 1
            if switchesRead > Self.maximumSwitches {
                if switchesRead == Self.maximumSwitches + 1 {
                    diagnostics.append(.warning(
                        "This document has more than \(Self.maximumSwitches) plainly- switches; this one and those after it are ignored. "
                            + "To turn a rule off everywhere, put it under 'ignore:' in .plainly.yaml.",
                        id: "too-many-switches", at: note.location))
                }
                continue
            }
            switch switchName {
            case Self.disableNextLine:
                regions.append(Region(file: file, rules: named, lines: (note.lastLine + 1)...(note.lastLine + 1)))
            case Self.disable:
                open.append((named, note.location.line))
            default:
                // Each open switch closes for the rules turned on; what it kept off stays off.
                var stillOpen: [(rules: Set<String>?, from: Int)] = []
                for (rules, from) in open {
                    regions.append(Region(file: file, rules: rules, lines: from...note.location.line))
                    guard let named else { continue }
                    let remaining = (rules ?? Set(known)).subtracting(named)
                    if !remaining.isEmpty { stillOpen.append((remaining, note.location.line)) }
                }
                open = stillOpen
            }
        }
        for (rules, from) in open { regions.append(Region(file: file, rules: rules, lines: from...Int.max)) }
    }

    /// The switch and its rules (nil for every rule), or nil for a note that is not a switch.
    private mutating func parse(_ note: WriterNote, known: [String]) -> (String, Set<String>?)? {
        let words = note.text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" || $0 == "\t" }).map(String.init)
        guard let first = words.first?.lowercased(), first.hasPrefix("plainly-") else { return nil }
        let switches = [Self.disable, Self.enable, Self.disableNextLine]
        guard switches.contains(first) else {
            let guess = Suggestion.closest(to: first, among: switches).map { " Did you mean '\($0)'?" } ?? ""
            diagnostics.append(.warning(
                "'\(first)' is not one of Plainly's switches, so it does nothing.\(guess)", id: "unknown-switch",
                at: note.location))
            return nil
        }
        var rules = Set<String>()
        for name in words.dropFirst().map({ $0.lowercased() }) {
            if known.contains(name) {
                rules.insert(name)
            } else {
                let guess = Suggestion.closest(to: name, among: known).map { " Did you mean '\($0)'?" } ?? ""
                diagnostics.append(.warning(
                    "There is no rule '\(name)' for '\(first)' to switch.\(guess)", id: "unknown-switch", at: note.location))
            }
        }
        // Only unknown names: the switch is for nothing rather than for every rule.
        if rules.isEmpty && words.count > 1 { return nil }
        return (first, rules.isEmpty ? nil : rules)
    }
}
