import Foundation
import HTMLWriter
import PlainlyModel
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

    @Test func renderingTwiceGivesTheSameBytes() throws {
        let first = try Fixture.render(Fixture.everything)
        let second = try Fixture.render(Fixture.everything)
        #expect(first.output.files == second.output.files)
        #expect(first.output.diagnostics == second.output.diagnostics)
    }
}
