import Foundation
import PlainlyModel
import PlainlySource
import PlainlyTestSupport
import Testing

@testable import PlainlyKit

/// The pipeline from a plan: realize once, every planned writer, all files at once; nothing at all
/// when `--final` was asked of a document that is not final yet.
@Suite struct BuilderTests {
    let fonts = Fixtures.folder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fonts")
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("plainly-builder-\(UUID().uuidString)")

    private func plan(_ formats: [String], final: Bool = false) -> BuildPlan {
        BuildPlan(formats: formats, output: output, fontsDirectory: fonts, isFinal: final)
    }

    @Test func eachPlannedFormatIsWrittenToItsDestination() throws {
        defer { try? FileManager.default.removeItem(at: output) }
        let source = try SourceLoader().load(path: Fixtures.everyConstruct.path)
        let result = try Builder().build(source, plan: plan(["txt", "html"]))
        #expect(result.written.contains("\(source.name).txt"))
        #expect(result.written.contains("html/index.html"))
        #expect(!result.written.contains { $0.hasSuffix(".pdf") })
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("\(source.name).txt").path))
    }

    @Test func aDocumentThatIsNotFinalIsNotBuiltWhenFinalIsAsked() throws {
        defer { try? FileManager.default.removeItem(at: output) }
        let source = try SourceLoader().load(path: Fixtures.everyConstruct.path)
        let status = StatusMaker().status(of: source)
        try #require(!status.isFinal, "the fixture has parts still to agree or pictures to choose")
        let result = try Builder().build(source, plan: plan(["txt"], final: true))
        #expect(result.notFinal == status.blockers)
        #expect(result.written.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func renderMakesOneFormatInMemoryWithThePlansProfile() throws {
        let source = try SourceLoader().load(path: Fixtures.everyConstruct.path)
        var plain = plan(["txt"])
        plain.profile = .plain
        let realized = Builder().realize(source, plan: plain)
        #expect(realized.document.metadata.profile == .plain)
        #expect(realized.name == source.name)
        let output = try Builder().render(source, as: "txt", plan: plain)
        #expect(output.files.map(\.path) == ["document.txt"])
        #expect(!FileManager.default.fileExists(atPath: self.output.path))
    }
}
