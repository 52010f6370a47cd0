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

    /// Line by line, so a report with many findings is never held whole in memory.
    public func render(_ report: CheckReport, line write: (String) -> Void) {
        for file in report.files {
            var lines: [String] = []
            lines += summary(file)
            for diagnostic in file.sourceDiagnostics {
                lines.append(colored(diagnostic.formatted(pathPrefix: file.pathPrefix), diagnostic.severity.rawValue))
            }
            for finding in file.result.findings {
                lines.append(colored(file.formatted(finding), finding.severity.rawValue))
                if let excerpt = finding.excerpt, !excerpt.isEmpty { lines.append("    \(Self.shorten(excerpt))") }
                if let suggestion = finding.suggestion { lines.append("    \(dim("Try:")) \(suggestion)") }
                for line in lines { write(line) }
                lines.removeAll(keepingCapacity: true)
            }
            lines.append("")
            for line in lines { write(line) }
        }
        var lines: [String] = []
        if report.files.count > 1 {
            let counts = report.totalCounts
            let profile = report.files[0].result.profile
            lines.append(bold("Total for \(report.files.count) files"))
            lines.append("  " + ScoreSummary.countsLine(counts))
            lines.append("  " + ScoreSummary.readingAge(Scores(counts), profile: profile))
            lines.append("  " + ScoreSummary.findingsLine(
                errors: report.count(of: .error), warnings: report.count(of: .warning), notes: report.count(of: .note)))
            lines.append("")
        }
        for line in lines { write(line) }
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

    static func shorten(_ text: String) -> String {
        if text.utf8.count <= excerptLength { return text }
        // Walk only as far as the limit: counting every character of a long sentence is slow.
        guard let cut = text.index(text.startIndex, offsetBy: excerptLength - 1, limitedBy: text.endIndex),
              text.index(cut, offsetBy: 1, limitedBy: text.endIndex).map({ $0 < text.endIndex }) ?? false
        else { return text }
        return String(text[..<cut]) + "…"
    }

    func colored(_ line: String, _ severity: String) -> String {
        guard usesColor else { return line }
        let color = switch severity {
        case "error": "\u{1B}[1;31m"
        case "warning": "\u{1B}[1;33m"
        default: "\u{1B}[1;36m"
        }
        return line.replacingOccurrences(of: "\(severity):", with: "\(color)\(severity):\u{1B}[0m")
    }

    func bold(_ text: String) -> String { usesColor ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    func dim(_ text: String) -> String { usesColor ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
}
