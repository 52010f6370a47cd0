import Foundation
import PlainlyModel

/// The report for a terminal: a summary in plain words, then every finding in compiler style with the
/// sentence it is about and what to do. Colour only when asked (the caller knows if it is a terminal
/// and whether NO_COLOR is set).
public struct TerminalReport: Sendable {
    public var usesColor: Bool
    /// The longest excerpt shown under a finding, in characters.
    public static let excerptLength = 200

    public init(usesColor: Bool = false) {
        self.usesColor = usesColor
    }

    public func render(_ report: CheckReport) -> String {
        var bytes: [UInt8] = []
        render(report) { bytes += $0 }
        if bytes.last == 10 { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// As UTF-8, in blocks of whole lines (each line ending in a newline) of about 64 KB, so a report
    /// with many findings is never held whole in memory, is written in few calls, and is never made
    /// into a String: tens of thousands of findings make megabytes of report.
    public func render(_ report: CheckReport, bytes write: ([UInt8]) -> Void) {
        withoutActuallyEscaping(write) { write in render(report, into: ReportBlocks(write: write)) }
    }

    private func render(_ report: CheckReport, into block: ReportBlocks) {
        var block = block
        for file in report.files {
            if let failure = file.failure {
                block.add(bold(file.path))
                block.add(colored(failure, "error"))
                block.add("")
                continue
            }
            for line in summary(file) { block.add(line) }
            for diagnostic in file.sourceDiagnostics {
                block.add(colored(diagnostic.formatted(pathPrefix: file.pathPrefix), diagnostic.severity.rawValue))
            }
            // A window of findings at a time, the windows' lines made on every processor: a long
            // paper has tens of thousands of findings, and the rest of the check has already finished.
            render(file.result.findings, pathPrefix: file.pathPrefix) { block.add(lines: $0) }
            block.add("")
        }
        if report.files.count > 1 {
            let counts = report.totalCounts
            let profile = report.files[0].result.profile
            let unread = report.failures.count
            block.add(bold("Total for \(report.files.count) files" + (unread == 0 ? "" : unread == 1 ? " (1 could not be read)" : " (\(unread) could not be read)")))
            block.add("  " + ScoreSummary.countsLine(counts))
            block.add("  " + ScoreSummary.readingAge(Scores(counts), profile: profile))
            block.add("  " + ScoreSummary.findingsLine(
                errors: report.count(of: .error), warnings: report.count(of: .warning), notes: report.count(of: .note)))
            block.add("")
        }
        block.flush()
    }

    /// Findings made into lines as one window: 512 make about 150 KB.
    static let window = 512

    /// Every finding's lines, as UTF-8, a window at a time, every line ending in a newline.
    private func render(_ findings: [Finding], pathPrefix: String, write: ([UInt8]) -> Void) {
        // Room for a typical finding's three lines (about 300 bytes), so the bytes are seldom moved to a
        // bigger buffer as they grow.
        ParallelRender.findings(findings, window: Self.window, bytesPerFinding: 400, pathPrefix: pathPrefix) { index, findings, paths, lines in
            // A sentence is shown once, under its first finding: the findings after it in the same
            // sentence follow without it, so they read as one group.
            let repeatsSentence = index > 0 && Self.sameSentence(findings[index], findings[index - 1])
            add(findings[index], path: paths.path(for: findings[index].location.file), showsExcerpt: !repeatsSentence, to: &lines)
        } write: { write($0) }
    }

    /// Both about the same sentence of the same unit.
    static func sameSentence(_ a: Finding, _ b: Finding) -> Bool {
        guard let unit = a.unitIndex, let range = a.range else { return false }
        return unit == b.unitIndex && range == b.range && a.location.file == b.location.file
    }

    /// A finding as three lines: where and what (compiler style), the sentence (unless the finding
    /// before was about it too), what to try. Built piece by piece as bytes, since a long text can
    /// have tens of thousands: appending to a byte array costs much less than appending to a String.
    private func add(_ finding: Finding, path: String, showsExcerpt: Bool, to lines: inout ReportBytes) {
        lines.append(string: path)
        lines.append(byte: UInt8(ascii: ":"))
        lines.append(finding.location.line)
        lines.append(byte: UInt8(ascii: ":"))
        lines.append(finding.location.column)
        lines.append(string: severityText(finding.severity))
        lines.append(string: finding.message)
        lines.append(" [")
        lines.append(string: finding.rule)
        lines.append(byte: UInt8(ascii: "]"))
        lines.endLine()
        if showsExcerpt, let excerpt = finding.excerpt, !excerpt.isEmpty {
            lines.append("    ")
            lines.append(string: Self.shorten(excerpt))
            lines.endLine()
        }
        if let suggestion = finding.suggestion {
            lines.append(string: usesColor ? Self.tryColored : Self.tryPlain)
            lines.append(string: suggestion)
            lines.endLine()
        }
    }

    /// ": warning: " and the like, between a finding's place and its message, coloured when asked.
    private func severityText(_ severity: Finding.Severity) -> String {
        switch severity {
        case .error: usesColor ? Self.errorColored : ": error: "
        case .warning: usesColor ? Self.warningColored : ": warning: "
        case .note: usesColor ? Self.noteColored : ": note: "
        }
    }

    private static let errorColored = ": \(color("error"))error:\u{1B}[0m "
    private static let warningColored = ": \(color("warning"))warning:\u{1B}[0m "
    private static let noteColored = ": \(color("note"))note:\u{1B}[0m "
    // "Try:" dimmed when coloured, as `bold` does for a file's name.
    private static let tryPlain = "    Try: "
    private static let tryColored = "    \u{1B}[2mTry:\u{1B}[0m "

    /// The path shown for a finding's file, worked out once per file rather than once per finding.
    private struct PathCache {
        let prefix: String
        var file: String?
        var path = ""

        init(prefix: String) { self.prefix = prefix }

        mutating func path(for file: String) -> String {
            if file != self.file {
                self.file = file
                path = SourceLocation(file: file, line: 0, column: 0).path(pathPrefix: prefix)
            }
            return path
        }
    }

    func summary(_ file: FileReport) -> [String] {
        let result = file.result
        var lines = [bold("\(file.path) (\(result.profile.name.rawValue))")]
        let notEnglish = result.findings.contains { $0.rule == NotEnglish.id }
        lines.append("  " + (notEnglish
            ? "No reading age: the text does not look like English."
            : ScoreSummary.readingAge(result.scores, profile: result.profile)))
        lines.append("  " + ScoreSummary.countsLine(result.counts))
        if let scores = result.scores {
            lines.append("  " + ScoreSummary.easeLine(scores))
            lines.append("  " + ScoreSummary.gradesLine(scores))
        }
        let all = file.allFindings ?? (result.count(of: .error), result.count(of: .warning), result.count(of: .note))
        lines.append("  " + ScoreSummary.findingsLine(errors: all.errors, warnings: all.warnings, notes: all.notes))
        if let leftOut = file.leftOut, let line = Self.leftOutLine(leftOut, listed: result.findings.count) { lines.append("  " + line) }
        lines.append("")
        return lines
    }

    /// What the list a writer acts on leaves out, and how to see it; nil when it leaves out nothing.
    static func leftOutLine(_ leftOut: ActionList.LeftOut, listed: Int) -> String? {
        guard leftOut.notes + leftOut.combined > 0 else { return nil }
        var line = "Listed below: \(listed == 1 ? "1 finding" : "\(ScoreSummary.count(listed)) findings") to act on"
        if leftOut.combined > 0 { line += ", with a word's repeats and a sentence's words together" }
        line += "."
        if leftOut.notes > 0 {
            line += leftOut.notes == 1 ? " 1 note is not listed." : " \(ScoreSummary.count(leftOut.notes)) notes are not listed."
        }
        return line + " --severity note lists every finding."
    }

    /// At most `excerptLength` characters (Unicode scalars, cut back to a whole character), ending in
    /// "…" when shortened. Counts only as far as the limit: a long paper has thousands of long sentences.
    static func shorten(_ text: String) -> String {
        if text.utf8.count <= excerptLength { return text }
        // Plain ASCII up to the limit, as most excerpts are: a byte is a character, so the cut is a
        // byte offset. (A String slice still rounds it down to a whole character, as below.)
        var text = text
        let isASCII = text.withUTF8 { utf8 in !utf8.prefix(excerptLength).contains { $0 >= 0x80 } }
        if isASCII {
            return String(text[..<text.utf8.index(text.startIndex, offsetBy: excerptLength - 1)]) + "…"
        }
        let scalars = text.unicodeScalars
        guard let cut = scalars.index(scalars.startIndex, offsetBy: excerptLength - 1, limitedBy: scalars.endIndex),
              let next = scalars.index(cut, offsetBy: 1, limitedBy: scalars.endIndex), next < scalars.endIndex
        else { return text }
        // A String slice rounds an index inside a character down to the character's start.
        return String(text[..<cut]) + "…"
    }

    func colored(_ line: String, _ severity: String) -> String {
        guard usesColor else { return line }
        return line.replacingOccurrences(of: "\(severity):", with: "\(Self.color(severity))\(severity):\u{1B}[0m")
    }

    static func color(_ severity: String) -> String {
        switch severity {
        case "error": "\u{1B}[1;31m"
        case "warning": "\u{1B}[1;33m"
        default: "\u{1B}[1;36m"
        }
    }

    func bold(_ text: String) -> String { usesColor ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
}
