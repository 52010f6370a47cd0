import Foundation
import PlainlyModel
import PlainlySource
import PlainlyTestSupport
import Testing

/// One guide that uses every source construct, dumped as a tree and compared with a golden file.
@Suite struct EveryConstructTests {
    let reading: SourceReading

    init() throws {
        reading = try SourceReader().read(at: Fixtures.everyConstruct)
    }

    @Test func treeMatchesGolden() {
        let outcome = Golden.compare(TreeDump.render(reading.document), named: "every-construct.tree")
        #expect(outcome.passed, "\(outcome.message)")
    }

    @Test func diagnosticsMatchGolden() {
        let text = reading.diagnostics.map { $0.formatted() }.joined(separator: "\n") + "\n"
        let outcome = Golden.compare(text, named: "every-construct.diagnostics")
        #expect(outcome.passed, "\(outcome.message)")
        #expect(!reading.diagnostics.hasErrors)
    }

    @Test func partsComeInManifestOrder() {
        #expect(reading.document.parts.map(\.title) == ["Welcome", "Our meetings"])
        #expect(reading.files == ["guide.yaml", "parts/01-welcome.md", "parts/02-meetings.md"])
    }

    @Test func partFrontMatterSetsWritersAndStatus() {
        let parts = reading.document.parts
        #expect(parts[0].by == ["Amira Khan", "Jo Patel"])
        #expect(parts[0].status == .agreed)
        #expect(parts[1].by == ["Tom Reed"])
        #expect(parts[1].status == .draft)
        #expect(reading.document.makers == ["Amira Khan", "Tom Reed", "Jo Patel"])
    }

    @Test func picturePathsAreRelativeToTheFileThatNamesThem() throws {
        guard case .easyReadRow(let row) = reading.document.parts[0].blocks[1] else {
            Issue.record("expected the second block of the first part to be an easy-read row")
            return
        }
        #expect(row.picture.path == "parts/pictures/meeting.svg")
        #expect(row.lines.map(\.inlines.plainText) == ["We meet once a month.", "We talk about what works and what does not."])
    }
}
