import DocumentReaders
import PlainlyModel
import PlainlyTestSupport
import Readability
import Testing

/// The three reports on one small board paper, kept as golden files.
@Suite struct ReportTests {
    static let paper = SampleTexts.boardPaper

    static func report(tokens: Bool = false) -> CheckReport {
        let document = PlainTextReader().read(paper, file: "board-paper.txt")
        let result = Checker(.plain, keepsUnits: true).check(document)
        return CheckReport(files: [FileReport(path: "board-paper.txt", result: result)])
    }

    @Test func terminal() {
        let output = TerminalReport().render(Self.report())
        #expect(Golden.compare(output, named: "report-terminal.txt").passed)
        #expect(output.contains("board-paper.txt:4:1: error: This sentence has 39 words. Try to keep sentences under 25. [long-sentence]"))
    }

    /// The terminal report writes each finding's first line as bytes, for speed; it must be exactly
    /// the compiler-style line that `FileReport.formatted` (through `Diagnostic.formatted`) makes.
    @Test func terminalLinesAreTheDiagnosticLines() {
        let report = Self.report()
        let lines = Set(TerminalReport().render(report).split(separator: "\n").map(String.init))
        let file = report.files[0]
        #expect(!file.result.findings.isEmpty)
        for finding in file.result.findings {
            #expect(lines.contains(file.formatted(finding)), "\(file.formatted(finding))")
        }
    }

    @Test func json() {
        #expect(Golden.compare(JSONReport(includesTokens: true).render(Self.report()), named: "report-tokens.json").passed)
    }

    @Test func html() {
        let output = HTMLReport().render(Self.report())
        #expect(Golden.compare(output, named: "report.html").passed)
        #expect(output.contains("<mark class=\"very-hard\">"))
    }

    @Test func tooLittleText() {
        let result = Checker(.plain).check(.paragraphs(["Come in and sit down."]))
        #expect(result.scores == nil)
        #expect(ScoreSummary.readingAge(result.scores, profile: result.profile).hasPrefix("Not enough text to score"))
    }
}
