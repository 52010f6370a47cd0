import DocumentReaders
import Foundation
import PlainlyCheck
import PlainlyModel
import PlainlySource
import PlainlyTestSupport
@testable import Readability
import Testing

/// Issue 15: `--format json`, `--format html` and `--tokens` are written as they are made, and write
/// exactly what the reports built whole in memory wrote (`LegacyJSONReport`, `LegacyHTMLReport`, kept
/// in the tests only), on the samples, the fixtures and texts made to be awkward.
@Suite struct StreamedReportTests {
    static let repository = Fixtures.folder.deletingLastPathComponent().deletingLastPathComponent()

    /// Text that puts every escape to work: quotes, ampersands and tags, backslashes, tabs, carriage
    /// returns, a form feed and other control characters, a line separator, accents, combining marks
    /// after letters, emoji and a byte order mark inside a word.
    static let awkward = """
        "Quotes" & <tags> are 'escaped' here, says the \\backslash\\ in C:\\path\\to\\file.
        A tab\there, a carriage return\r\nand a form feed \u{0C} and a bell \u{07} and NUL-ish \u{01} too.
        Café, naïve, e\u{301}lan and co\u{308}operate: the accents stay as they are written in the text.
        A line separator\u{2028}and a paragraph separator\u{2029}and a delete \u{7F} sit in this sentence.
        Emoji 😀 and flags 🇬🇧 with a zero\u{200D}width joiner and a \u{FEFF}byte order mark are words too.
        The board is asked to note the contents of this report and to approve option 2, which would utilise the underspend from the current year in order to facilitate additional respite provision for carers across the county, going forward.
        </script><script>alert("x")</script> and a slash / and a URL https://example.org/a?b=c&d=e end here.

        """

    /// Every input `check` reads, as a path.
    static func inputs() throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plainly-streamed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try SampleTexts.boardPaper.write(to: folder.appendingPathComponent("board-paper.txt"), atomically: true, encoding: .utf8)
        try awkward.write(to: folder.appendingPathComponent("awkward.txt"), atomically: true, encoding: .utf8)
        let page = "<h1>Awkward &amp; \"quoted\"</h1>\n<p>" + awkward.replacingOccurrences(of: "<", with: "&lt;") + "</p>\n<ul><li>One item.</li><li>Two.</li></ul>"
        try page.write(to: folder.appendingPathComponent("awkward.html"), atomically: true, encoding: .utf8)
        try "".write(to: folder.appendingPathComponent("empty.txt"), atomically: true, encoding: .utf8)
        try "Come in.".write(to: folder.appendingPathComponent("short.txt"), atomically: true, encoding: .utf8)
        return [
            repository.appendingPathComponent("Content/board-paper").path,
            repository.appendingPathComponent("Content/dp-newsletter").path,
            repository.appendingPathComponent("Content/expert-by-experience").path,
            Fixtures.everyConstruct.path,
            folder.path,
        ]
    }

    /// What the reports built whole wrote, from a check that kept every unit.
    static func legacy(_ paths: [String]) throws -> (json: String, tokens: String, html: String) {
        let report = try CheckPipeline().check(paths, options: .init(keepsUnits: true))
        return (
            LegacyJSONReport().render(report), LegacyJSONReport(includesTokens: true).render(report),
            LegacyHTMLReport().render(report)
        )
    }

    @Test func jsonIsTheSameAsBuiltWhole() throws {
        let inputs = try Self.inputs()
        for path in inputs {
            let report = try CheckPipeline().check([path], options: .init())
            #expect(JSONReport().render(report) == (try Self.legacy([path])).json, "\(path)")
        }
        // Several files and folders in one report, with their total.
        let report = try CheckPipeline().check(inputs, options: .init())
        #expect(JSONReport().render(report) == (try Self.legacy(inputs)).json)
    }

    @Test func tokensAreTheSameAsBuiltWhole() throws {
        let inputs = try Self.inputs()
        for path in inputs {
            let report = try CheckPipeline().check([path], options: .init(spoolsUnits: .tokens))
            #expect(report.files.allSatisfy { $0.result.units.isEmpty })
            #expect(JSONReport(includesTokens: true).render(report) == (try Self.legacy([path])).tokens, "\(path)")
        }
        let report = try CheckPipeline().check(inputs, options: .init(spoolsUnits: .tokens))
        #expect(JSONReport(includesTokens: true).render(report) == (try Self.legacy(inputs)).tokens)
    }

    @Test func htmlIsTheSameAsBuiltWhole() throws {
        let inputs = try Self.inputs()
        for path in inputs {
            let report = try CheckPipeline().check([path], options: .init(spoolsUnits: .html))
            #expect(report.files.allSatisfy { $0.result.units.isEmpty })
            #expect(HTMLReport().render(report) == (try Self.legacy([path])).html, "\(path)")
        }
        let report = try CheckPipeline().check(inputs, options: .init(spoolsUnits: .html))
        #expect(HTMLReport().render(report) == (try Self.legacy(inputs)).html)
    }

    /// A result that kept its units (the preview's highlights, the tests) gives the same report as
    /// one whose units were spooled.
    @Test func keptUnitsGiveTheSameReportAsSpooledOnes() throws {
        let inputs = try Self.inputs()
        let kept = try CheckPipeline().check(inputs, options: .init(keepsUnits: true))
        #expect(HTMLReport().render(kept) == (try Self.legacy(inputs)).html)
        #expect(JSONReport(includesTokens: true).render(kept) == (try Self.legacy(inputs)).tokens)
    }

    /// The same, with the spool moved to its temporary file after a few kilobytes, so the reports read
    /// back what was written to disk as well as what was still in memory.
    @Test(arguments: [UnitSpool.Format.html, .tokens])
    func spooledToDiskGivesTheSameReport(format: UnitSpool.Format) throws {
        let loaded = try SourceLoader(readsPictures: false)
            .load(path: Self.repository.appendingPathComponent("Content/dp-newsletter").path)
        let bytes = ByteSpool(memoryLimit: 1024)
        let spool = UnitSpool(format: format, bytes: bytes)
        let streamed = CheckService(usesWorkers: true).check(loaded.document, spoolingUnitsTo: spool)
        #expect(bytes.usesFile)
        let kept = CheckService(keepsUnits: true).check(loaded.document)
        let spooled = CheckReport(files: [FileReport(path: "news", pathPrefix: loaded.displayPrefix, result: streamed, unitSpool: spool)])
        let whole = CheckReport(files: [FileReport(path: "news", pathPrefix: loaded.displayPrefix, result: kept)])
        switch format {
        case .html: #expect(HTMLReport().render(spooled) == LegacyHTMLReport().render(whole))
        case .tokens: #expect(JSONReport(includesTokens: true).render(spooled) == LegacyJSONReport(includesTokens: true).render(whole))
        }
    }

    /// Escaped byte by byte: a quote or `<` with a combining mark after it is escaped too (escaping
    /// character by character, the report built whole let them through).
    @Test func markupCharactersAreEscapedEvenWithACombiningMark() {
        let result = Checker(.plain, keepsUnits: true).check(.paragraphs(["She said \"\u{301}hi\" and <\u{301}b> went home & slept."]))
        let html = HTMLReport().render(CheckReport(files: [FileReport(path: "a.txt", result: result)]))
        #expect(html.contains("She said &quot;\u{301}hi&quot; and &lt;\u{301}b&gt; went home &amp; slept."), "\(html)")
    }
}

