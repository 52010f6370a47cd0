import Foundation
import HTMLWriter
import PlainlyModel
import PlainlySource
import PlainlyTestSupport
import Testing

@Suite struct GoldenTests {
    @Test func everyConstructMatchesTheGoldenPage() throws {
        let (_, html) = try Fixture.render(Fixture.everything)
        let outcome = Golden.compare(html, named: "everything.html")
        #expect(outcome.passed, "\(outcome.message)")
    }

    /// The files and findings, one a line, so a change to either shows in review.
    @Test func filesAndFindingsMatchTheGoldenList() throws {
        let (output, _) = try Fixture.render(Fixture.everything)
        var lines = output.files.map { "file \($0.path) \($0.contents.count) bytes" }
        lines += output.diagnostics.map { "finding \($0.formatted())" }
        let outcome = Golden.compare(lines.joined(separator: "\n") + "\n", named: "everything-files.txt")
        #expect(outcome.passed, "\(outcome.message)")
    }

    /// The stylesheet as a reviewer reads it: a change to how pages look shows as a diff.
    @Test func stylesheetMatchesTheGoldenFile() throws {
        let (output, _) = try Fixture.render(Fixture.everything)
        let css = try #require(output.files.first { $0.path == "assets/plainly.css" })
        let outcome = Golden.compare(String(decoding: css.contents, as: UTF8.self), named: "plainly.css")
        #expect(outcome.passed, "\(outcome.message)")
    }

    /// The shared source fixture, read by the real Markdown reader: the page a user would get.
    @Test func sharedSourceFixtureMatchesTheGoldenPage() throws {
        let reading = try SourceReader().read(at: Fixtures.everyConstruct)
        let writer = HTMLWriter(options: .init(fontsDirectory: Fixture.fontsDirectory))
        let output = writer.render(reading.document, pictures: reading.pictures)
        let html = String(decoding: try #require(output.files.first { $0.path == "index.html" }).contents, as: UTF8.self)
        let outcome = Golden.compare(html, named: "every-construct.html")
        #expect(outcome.passed, "\(outcome.message)")
        var lines = output.files.map { "file \($0.path) \($0.contents.count) bytes" }
        lines += output.diagnostics.map { "finding \($0.formatted())" }
        let files = Golden.compare(lines.joined(separator: "\n") + "\n", named: "every-construct-files.txt")
        #expect(files.passed, "\(files.message)")
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        let first = try Fixture.render(Fixture.everything)
        let second = try Fixture.render(Fixture.everything)
        #expect(first.output.files == second.output.files)
        #expect(first.output.diagnostics == second.output.diagnostics)
    }
}
