import Dispatch
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
        var lines: [String] = []
        render(report) { lines.append($0) }
        return lines.joined(separator: "\n")
    }

    /// In blocks of whole lines joined by newlines (no newline after the last), each about 64 KB, so
    /// a report with many findings is never held whole in memory and is written in few calls.
    public func render(_ report: CheckReport, block write: (String) -> Void) {
        withoutActuallyEscaping(write) { write in render(report, into: Block(write: write)) }
    }

    private func render(_ report: CheckReport, into block: Block) {
        var block = block
        for file in report.files {
            for line in summary(file) { block.add(line) }
            for diagnostic in file.sourceDiagnostics {
                block.add(colored(diagnostic.formatted(pathPrefix: file.pathPrefix), diagnostic.severity.rawValue))
            }
            // A window of findings at a time, each window's lines made on every processor: a long paper
            // has tens of thousands of findings, and the rest of the check has already finished.
            let findings = file.result.findings
            var start = 0
            while start < findings.count {
                let end = min(start + Self.window, findings.count)
                for lines in render(findings[start..<end], pathPrefix: file.pathPrefix) where !lines.isEmpty {
                    block.add(lines)
                }
                start = end
            }
            block.add("")
        }
        if report.files.count > 1 {
            let counts = report.totalCounts
            let profile = report.files[0].result.profile
            block.add(bold("Total for \(report.files.count) files"))
            block.add("  " + ScoreSummary.countsLine(counts))
            block.add("  " + ScoreSummary.readingAge(Scores(counts), profile: profile))
            block.add("  " + ScoreSummary.findingsLine(
                errors: report.count(of: .error), warnings: report.count(of: .warning), notes: report.count(of: .note)))
            block.add("")
        }
        block.flush()
    }

    static let window = 1024

    /// The findings' lines in as many runs as there are processors (one for a few findings), each run
    /// its lines joined by newlines.
    private func render(_ findings: ArraySlice<Finding>, pathPrefix: String) -> [String] {
        let runs = findings.count < 512 ? 1 : min(max(ProcessInfo.processInfo.activeProcessorCount, 1), 4)
        let size = (findings.count + runs - 1) / runs
        // Each run writes only its own place.
        struct Places: @unchecked Sendable { let buffer: UnsafeMutableBufferPointer<String> }
        let results = Places(buffer: .allocate(capacity: runs))
        results.buffer.initialize(repeating: "")
        defer { results.buffer.deinitialize().deallocate() }
        DispatchQueue.concurrentPerform(iterations: runs) { run in
            let first = findings.startIndex + run * size
            let last = min(first + size, findings.endIndex)
            guard first < last else { return }
            var text = Block(write: nil)
            var paths = PathCache(prefix: pathPrefix)
            for index in first..<last {
                add(findings[index], path: paths.path(for: findings[index].location.file), to: &text)
            }
            results.buffer[run] = text.text
        }
        return Array(results.buffer)
    }

    /// A finding as three lines: where and what (compiler style), the sentence, what to try. Built
    /// piece by piece into the block, since a long text can have tens of thousands.
    private func add(_ finding: Finding, path: String, to block: inout Block) {
        let severity = finding.severity.rawValue
        block.startLine()
        block.text += path
        block.text += ":"
        block.text += String(finding.location.line)
        block.text += ":"
        block.text += String(finding.location.column)
        block.text += ": "
        if usesColor { block.text += Self.color(severity) }
        block.text += severity
        block.text += ":"
        if usesColor { block.text += "\u{1B}[0m" }
        block.text += " "
        block.text += finding.message
        block.text += " ["
        block.text += finding.rule
        block.text += "]"
        if let excerpt = finding.excerpt, !excerpt.isEmpty {
            block.startLine()
            block.text += "    "
            block.text += Self.shorten(excerpt)
        }
        if let suggestion = finding.suggestion {
            block.startLine()
            block.text += "    "
            block.text += dim("Try:")
            block.text += " "
            block.text += suggestion
        }
        block.endLines()
    }

    /// Lines gathered into blocks of about 64 KB for `write`; with no `write`, only gathered.
    private struct Block {
        let write: ((String) -> Void)?
        var text = ""
        var isEmpty = true

        init(write: ((String) -> Void)?) {
            self.write = write
            text.reserveCapacity(1 << 17)
        }

        mutating func startLine() {
            if !isEmpty { text += "\n" }
            isEmpty = false
        }

        mutating func add(_ line: String) {
            startLine()
            text += line
            endLines()
        }

        /// After whole lines: hands the block on once it is big enough.
        mutating func endLines() {
            guard write != nil, text.utf8.count >= 1 << 16 else { return }
            flush()
        }

        mutating func flush() {
            guard !isEmpty, let write else { return }
            write(text)
            text.removeAll(keepingCapacity: true)
            isEmpty = true
        }
    }

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
        lines.append("  " + ScoreSummary.readingAge(result.scores, profile: result.profile))
        lines.append("  " + ScoreSummary.countsLine(result.counts))
        if let scores = result.scores {
            lines.append("  " + ScoreSummary.easeLine(scores))
            lines.append("  " + ScoreSummary.gradesLine(scores))
        }
        lines.append("  " + ScoreSummary.findingsLine(
            errors: result.count(of: .error), warnings: result.count(of: .warning), notes: result.count(of: .note)))
        lines.append("")
        return lines
    }

    /// At most `excerptLength` characters (Unicode scalars, cut back to a whole character), ending in
    /// "…" when shortened. Counts only as far as the limit: a long paper has thousands of long sentences.
    static func shorten(_ text: String) -> String {
        if text.utf8.count <= excerptLength { return text }
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
    func dim(_ text: String) -> String { usesColor ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
}
