import PlainlyModel

/// `check --summary`: for each file, its scores, its findings counted by rule, and the few to fix
/// first, on one screen however long the text is.
public struct SummaryReport: Sendable {
    /// How many findings "Fix these first" lists.
    public static let firstFixes = 5

    let terminal: TerminalReport

    public init(usesColor: Bool = false) {
        terminal = TerminalReport(usesColor: usesColor)
    }

    public func render(_ report: CheckReport) -> String {
        var lines: [String] = []
        for file in report.files {
            if let failure = file.failure {
                lines += [file.path, failure, ""]
                continue
            }
            lines += terminal.summary(file).dropLast()
            lines += byRule(file.result.findings)
            // The first fixes come from the list a writer acts on: never a note, a repeat or a word
            // whose sentence is already listed.
            let first = Self.fixFirst(ActionList.make(file.result.findings).findings)
            if !first.isEmpty {
                lines.append("  Fix these first:")
                for finding in first {
                    lines.append("    " + file.formatted(finding))
                    if let suggestion = finding.suggestion { lines.append("      Try: " + suggestion) }
                }
            }
            lines += glossaryOffer(file)
            lines.append("")
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// How many hard words the summary offers as glossary entries, so it stays on one screen.
    public static let glossaryWordsOffered = 8

    /// A guide's hard words as the lines to add to its "Hard words" list (`glossary:`).
    func glossaryOffer(_ file: FileReport) -> [String] {
        guard let home = file.result.glossaryHome else { return [] }
        var words: [String] = []
        for finding in file.result.findings where finding.rule == HardWord.id {
            if let word = finding.subject, !words.contains(word) { words.append(word) }
        }
        guard !words.isEmpty else { return [] }
        let offered = Array(words.prefix(Self.glossaryWordsOffered))
        var lines = ["  Hard words to explain: \(home.place), add these lines and say what each word means:"]
        lines += home.lines(for: offered).map { "      " + $0 }
        if words.count > offered.count {
            lines.append("    and \(words.count - offered.count) more: --only hard-word --severity note lists them all.")
        }
        return lines
    }

    /// "jargon: 12 warnings", most severe and most frequent first.
    func byRule(_ findings: [Finding]) -> [String] {
        var counts: [String: [Finding.Severity: Int]] = [:]
        for finding in findings { counts[finding.rule, default: [:]][finding.severity, default: 0] += 1 }
        let order = counts.sorted { a, b in
            let worstA = a.value.keys.max()!, worstB = b.value.keys.max()!
            if worstA != worstB { return worstA > worstB }
            let totalA = a.value.values.reduce(0, +), totalB = b.value.values.reduce(0, +)
            return totalA != totalB ? totalA > totalB : a.key < b.key
        }
        guard !order.isEmpty else { return [] }
        return ["  By rule:"] + order.map { rule, bySeverity in
            let parts = Finding.Severity.allCases.reversed().compactMap { severity -> String? in
                guard let count = bySeverity[severity] else { return nil }
                return "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
            }
            return "    \(rule): \(parts.joined(separator: ", "))"
        }
    }

    /// The most severe findings, and among those the ones in the longest sentences (which cost the
    /// reading age most), in the order they come in the text. Only the severities that fill the list
    /// are ranked, and each sentence is measured once: counting a sentence's characters walks it,
    /// and a long text has tens of thousands of findings.
    static func fixFirst(_ findings: [Finding]) -> [Finding] {
        var chosen: [Int] = []
        for severity in Set(findings.map(\.severity)).sorted(by: >) where chosen.count < firstFixes {
            var group: [(offset: Int, length: Int)] = []
            for (offset, finding) in findings.enumerated() where finding.severity == severity {
                group.append((offset, finding.excerpt?.count ?? 0))
            }
            group.sort { $0.length != $1.length ? $0.length > $1.length : $0.offset < $1.offset }
            chosen += group.prefix(firstFixes - chosen.count).map(\.offset)
        }
        return chosen.sorted().map { findings[$0] }
    }
}
