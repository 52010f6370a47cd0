import ArgumentParser
import Foundation
import PlainlyCheck
import PlainlyFiles
import PlainlyModel
import Readability
import Synchronization

/// `plainly check`. Shared by the full command tree and the thin `plainly` binary, which runs it alone
/// so that a check does not pay for loading the renderers.
public struct CheckCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check how easy a text is to read, and say what would make it easier.",
        usage: "plainly check <paths> ... [--format <format>] [--out <file>] [<options>]",
        discussion: """
            PATH is a .md source or guide folder, a .txt, .html or .docx file, or a folder of them (one report \
            each, then a total). Headings, list items and table cells count as sentences of their own.

            Exit status: 0 when nothing reaches --fail-on, 1 when a finding does (or the Flesch-Kincaid grade \
            is above --max-grade), 2 when a file cannot be read or the options are wrong.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, html
    }

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case warning, error
    }

    @Argument(help: "Files or folders to check.")
    var paths: [String]

    @Option(name: .long, help: "easy-read, large-print or plain, as for build (default: what the source says; plain for papers).")
    var profile: String?

    @Option(name: .long, help: "What a Word, web or text file is: paper (a board paper) or general (default: told from its headings).")
    var kind: Kind?

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case paper, general

        var documentKind: DocumentKind { self == .paper ? .paper : .guide }
    }

    @Option(name: .long, parsing: .singleValue, help: "Show only these rules' findings, separated by commas .")
    var only: [String] = []

    @Option(name: .long, parsing: .singleValue, help: "Leave out these rules' findings, separated by commas.")
    var ignore: [String] = []

    @Option(name: .long, help: "List every finding at least this severe, one by one: note, warning or error (default: the findings to act on, without notes, a repeated word once).")
    var severity: ShownSeverity?

    enum ShownSeverity: String, ExpressibleByArgument, CaseIterable {
        case note, warning, error

        var severity: Finding.Severity { Finding.Severity(rawValue: rawValue)! }
    }

    @Flag(name: .long, help: "Text only: each file's scores, its findings counted by rule, and the few to fix first.")
    var summary = false

    @Option(name: .long, help: "How to report: text, json or html.")
    var format: Format = .text

    @Flag(name: .long, help: "JSON only: add every sentence with its words and their syllable counts.")
    var tokens = false

    @Option(name: .customLong("fail-on"), help: "Exit with 1 when a finding is at least this severe: warning or error.")
    var failOn: FailOn = .error

    @Option(name: .customLong("max-grade"), help: "Exit with 1 when a file's Flesch-Kincaid grade is above this.")
    var maxGrade: Double?

    @Option(name: .long, help: "Write the report to this file instead of standard output.")
    var out: String?

    public init() {}

    public func validate() throws {
        if paths.isEmpty { throw ValidationError("Say which file or folder to check.") }
        _ = try chosenProfile()
        if tokens && format != .json { throw ValidationError("--tokens needs --format json.") }
        if summary && format != .text { throw ValidationError("--summary is a text report; leave out --format.") }
        for id in TypedNames.split(only) + TypedNames.split(ignore) {
            if let problem = FindingFilter.problem(withRule: id) { throw ValidationError(problem) }
        }
    }

    public func run() throws {
        let console = Console.current
        if let out, let conflict = outputConflict(out, on: console) {
            console.err(conflict.description)
            throw ExitCode(2)
        }
        // --format html and --tokens show every unit: each is written as the report shows it while the
        // text is checked, so the units are never kept (see `UnitSpool`).
        let options = CheckPipeline.Options(
            profile: try chosenProfile(), kind: kind?.documentKind,
            spoolsUnits: tokens ? .tokens : format == .html ? .html : nil)
        let report: CheckReport
        let filter = FindingFilter(
            only: only.isEmpty ? nil : Set(TypedNames.split(only)), ignored: Set(TypedNames.split(ignore)),
            minimumSeverity: severity?.severity ?? .note)
        do {
            report = filter.apply(to: try CheckPipeline().check(paths, options: options, relativeTo: console.workingDirectory))
        } catch {
            console.err(error.description)
            throw ExitCode(2)
        }
        // Nothing could be read: only the errors, as before there was a report.
        if report.failures.count == report.files.count {
            for file in report.files { console.err(file.failure ?? "") }
            throw ExitCode(2)
        }
        // A terminal report lists what a writer acts on unless --severity asks for every finding;
        // JSON and HTML keep every finding.
        let listed = format == .text && severity == nil ? ActionList.apply(to: report) : report
        // Every report is written in blocks as it is made: a long text has tens of thousands of
        // findings and, for HTML and --tokens, megabytes of text and words.
        let terminal = format == .text && !summary
        let output: ReportOutput
        do {
            if let out {
                output = try .file(console.url(for: out), shown: out, dropsLastEmptyLine: terminal)
            } else {
                output = terminal ? .raw(console) : .console(console)
            }
        } catch {
            console.err(error.description)
            throw ExitCode(2)
        }
        switch format {
        case .text where summary:
            output.write(SummaryReport(usesColor: false).render(report))
        case .text:
            // Coloured only on a terminal, never in a file.
            let color = out == nil && console.usesColor && isatty(STDOUT_FILENO) == 1
            TerminalReport(usesColor: color).render(listed) { output.write($0) }
        case .json: JSONReport(includesTokens: tokens).render(report) { output.write($0) }
        case .html: HTMLReport().render(report) { output.write($0) }
        }
        if let failure = report.files.lazy.compactMap({ $0.unitSpool?.readFailure }).first {
            output.abandon()
            console.err("plainly: error: the report could not be finished: its temporary file could not be read back: "
                + FileSystemReason.sentence(errno: failure, .reading))
            throw ExitCode(2)
        }
        do {
            try output.finish()
        } catch {
            console.err(error.description)
            throw ExitCode(2)
        }
        // Both: `listed` is a second report only when the action list chose from `report`'s findings.
        keepUntilExit(report, on: console)
        keepUntilExit(listed, on: console)
        // A file that could not be read is in the report; the others were still checked.
        if !report.failures.isEmpty { throw ExitCode(2) }
        if failed(report) { throw ExitCode(1) }
    }

    /// Keeps a long report from being freed when the command ends, since the process ends straight
    /// after: freeing tens of thousands of findings one string at a time takes longer than writing
    /// them out. (Compilers skip freeing at exit for the same reason.) Only for the real console;
    /// tests run many commands in one process.
    private func keepUntilExit(_ report: CheckReport, on console: Console) {
        guard console === Console.standard else { return }
        KeptUntilExit.reports.withLock { $0.append(report) }
    }

    /// The report may not replace a checked file, nor go inside a checked folder.
    private func outputConflict(_ out: String, on console: Console) -> OutputConflict? {
        let sources = paths.map { path in
            let url = console.url(for: path)
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
            return OutputPlacement.Source(url: url, shown: path, isFolder: isFolder.boolValue)
        }
        return OutputPlacement.conflict(output: console.url(for: out), shown: out, sources: sources)
    }

    func failed(_ report: CheckReport) -> Bool {
        let severity: Finding.Severity = failOn == .warning ? .warning : .error
        if report.files.contains(where: { $0.hasFindings(atLeast: severity) }) { return true }
        if let maxGrade {
            return report.files.contains { ($0.result.scores?.fleschKincaidGrade ?? 0) > maxGrade }
        }
        return false
    }

    func chosenProfile() throws -> Profile? {
        guard let profile else { return nil }
        // The same words as `build --profile` and a source's `profile:`.
        guard let name = PlainlyModel.Profile(typed: profile) else { throw ValidationError(PlainlyModel.Profile.unknown(profile)) }
        return name
    }
}

/// Reports kept alive until the process exits (see `CheckCommand.keepUntilExit`).
private enum KeptUntilExit {
    static let reports = Mutex<[CheckReport]>([])
}
