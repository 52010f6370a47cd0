import PlainlyModel

/// The findings a writer acts on: what `plainly check` lists unless `--severity` asks for every
/// finding. The JSON and HTML reports, the exit code and the counts keep every finding; only the
/// list is shorter, and it says what it left out.
///
/// - Notes are advice to weigh, not things to fix (a passive verb in plain English, a long word the
///   public may know); they are counted, not listed.
/// - Official language is listed once a file, at its first use, saying where it is used again: the
///   writer changes it everywhere once they know.
/// - The official words and the acronyms of one sentence are one finding each, listed together: the
///   writer rewrites the sentence once.
/// - The average sentence length is not listed while long sentences are: its advice is to split them.
public enum ActionList {
    /// What the list leaves out, for the line that says so.
    public struct LeftOut: Sendable, Equatable {
        /// Every finding of the text, listed or not.
        public var total = 0
        /// Notes, not listed.
        public var notes = 0
        /// Findings listed as part of another (repeats and words of the same sentence), or covered
        /// by others (the average sentence length).
        public var combined = 0

        public init(total: Int = 0, notes: Int = 0, combined: Int = 0) {
            self.total = total
            self.notes = notes
            self.combined = combined
        }
    }

    /// How many places a repeated word's finding names before saying "and N more": a word used on
    /// every page would otherwise make a line longer than the screen.
    public static let repeatLinesNamed = 5

    /// Every file's findings made into its list; counts and scores stay the text's own.
    public static func apply(to report: CheckReport) -> CheckReport {
        CheckReport(files: report.files.map { file in
            var listed = file
            let (findings, leftOut) = make(file.result.findings)
            let result = file.result
            listed.result = CheckResult(
                profile: result.profile, counts: result.counts, scores: result.scores, findings: findings, units: result.units)
            listed.result.diagnostics = result.diagnostics
            listed.result.glossaryHome = result.glossaryHome
            listed.allFindings = (result.count(of: .error), result.count(of: .warning), result.count(of: .note))
            listed.leftOut = leftOut
            return listed
        })
    }

    /// The list of `findings` (one file's or several files', sorted by place) and what it leaves out.
    ///
    /// Findings are read where they are and copied only when kept, and put together in place: a long
    /// text has tens of thousands, each with several strings, and this runs after the check, while
    /// nothing else does.
    public static func make(_ findings: [Finding]) -> (findings: [Finding], leftOut: LeftOut) {
        var leftOut = LeftOut(total: findings.count)
        var kept: [Finding] = []
        /// Later lines of each kept finding's subject, by the kept finding's index.
        var repeats: [Int: [Int]] = [:]
        findings.withUnsafeBufferPointer { findings in
            let longSentences = findings.contains { $0.rule == LongSentence.id && $0.severity > .note }
            // Findings are sorted by file, so each file's first uses are kept until the next file starts.
            var firstUse: [String: Int] = [:]
            for index in findings.indices {
                if index == 0 || findings[index].location.file != findings[index - 1].location.file {
                    firstUse.removeAll(keepingCapacity: true)
                }
                if findings[index].severity == .note {
                    leftOut.notes += 1
                    continue
                }
                if findings[index].rule == AverageSentenceLength.id && longSentences {
                    leftOut.combined += 1
                    continue
                }
                if findings[index].rule == Jargon.id, let key = findings[index].subject {
                    if let first = firstUse[key] {
                        repeats[first, default: []].append(findings[index].location.line)
                        leftOut.combined += 1
                        continue
                    }
                    firstUse[key] = kept.count
                }
                kept.append(findings[index])
            }
        }
        together(&kept, repeats: repeats, leftOut: &leftOut)
        return (kept, leftOut)
    }

    /// Puts the jargon findings of one sentence into one finding, and the acronym findings likewise,
    /// in place: the first of each sentence's findings becomes the combined one, and the others go.
    static func together(_ findings: inout [Finding], repeats: [Int: [Int]], leftOut: inout LeftOut) {
        // Files are numbered as they come (findings are sorted by file), so keys hash no strings.
        struct SentenceKey: Hashable {
            var isJargon: Bool
            var file: Int
            var unit: Int
            var range: Range<Int>
        }
        var keys: [SentenceKey?] = []
        keys.reserveCapacity(findings.count)
        var fileNumber = 0
        for index in findings.indices {
            if index > 0 && findings[index].location.file != findings[index - 1].location.file { fileNumber += 1 }
            let isJargon = findings[index].rule == Jargon.id
            if isJargon || findings[index].rule == Acronym.id, let unit = findings[index].unitIndex, let range = findings[index].range {
                keys.append(SentenceKey(isJargon: isJargon, file: fileNumber, unit: unit, range: range))
            } else {
                keys.append(nil)
            }
        }
        var groups: [SentenceKey: [Int]] = [:]
        for index in findings.indices {
            if let key = keys[index] { groups[key, default: []].append(index) }
        }
        var absorbed = [Bool](repeating: false, count: findings.count)
        for index in findings.indices where !absorbed[index] {
            guard let key = keys[index], let members = groups[key], members.count > 1 || !(repeats[index] ?? []).isEmpty else {
                continue
            }
            for member in members.dropFirst() { absorbed[member] = true }
            leftOut.combined += members.count - 1
            let group = members.map { findings[$0] }
            findings[index].severity = group.map(\.severity).max() ?? findings[index].severity
            findings[index].subject = nil
            if keys[index]?.isJargon == true {
                findings[index].message = jargonMessage(group, repeats: members.map { repeats[$0] ?? [] })
            } else {
                findings[index].message = acronymMessage(group)
                if group.count > 1 { findings[index].suggestion = Acronym.suggestionForSeveral }
            }
        }
        // The absorbed ones taken out, the rest moved up in order (moved, not copied).
        var written = 0
        for index in findings.indices where !absorbed[index] {
            if written != index { findings.swapAt(written, index) }
            written += 1
        }
        findings.removeLast(findings.count - written)
    }

    /// One jargon finding as it was, with where its words are used again; several as one list.
    static func jargonMessage(_ group: [Finding], repeats: [[Int]]) -> String {
        if group.count == 1 {
            guard let lines = repeats.first, !lines.isEmpty else { return group[0].message }
            return group[0].message + " It is used again on \(linesText(lines))."
        }
        let items = zip(group, repeats).map { finding, lines -> String in
            guard let pieces = Jargon.pieces(of: finding.message) else { return finding.message }
            var advice = pieces.advice
            if advice.hasSuffix(".") { advice.removeLast() }
            if let first = advice.first { advice = first.lowercased() + advice.dropFirst() }
            let again = lines.isEmpty ? "" : "; again on \(linesText(lines))"
            return "'\(pieces.written)' (\(advice)\(again))"
        }
        return "Official language in this sentence: \(listed(items))."
    }

    /// "'PA' and 'ICB' are not spelled out the first time they are used."
    static func acronymMessage(_ group: [Finding]) -> String {
        guard group.count > 1 else { return group[0].message }
        let written = group.map { Acronym.written(in: $0.message) ?? $0.message }
        return "\(listed(written.map { "'\($0)'" })) are not spelled out the first time they are used."
    }

    /// "line 27", "lines 25 and 45", "lines 3, 5, 8, 9, 12 and 4 more".
    static func linesText(_ lines: [Int]) -> String {
        var unique: [Int] = []
        for line in lines where unique.last != line { unique.append(line) }
        if unique.count == 1 { return "line \(unique[0])" }
        let named = unique.prefix(repeatLinesNamed).map(String.init)
        let more = unique.count - named.count
        if more > 0 { return "lines \(named.joined(separator: ", ")) and \(more) more" }
        return "lines \(listed(named))"
    }

    /// "a", "a and b", "a, b and c".
    static func listed(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
