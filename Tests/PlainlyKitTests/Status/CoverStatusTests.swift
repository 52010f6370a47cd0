import Foundation
import PlainlyModel
import PlainlySource
import Testing

@testable import PlainlyKit

/// A cover picture or logo whose file cannot be used stops the document being final, like any
/// other picture, and `--final` refuses it.
@Suite struct CoverStatusTests {
    static func load(_ frontMatter: String) throws -> (LoadedSource, URL) {
        let folder = try StatusMakerTests.temporaryFolder()
        try Data("---\ntitle: Bus\n\(frontMatter)---\nTake the bus.\n".utf8).write(to: folder.appendingPathComponent("doc.md"))
        return (try SourceLoader().load(path: folder.appendingPathComponent("doc.md").path), folder)
    }

    @Test func aMissingCoverFileIsABlockerAtItsLine() throws {
        let (source, folder) = try Self.load("logo:\n  picture: pictures/logo.png\n  description: Riverside Advocacy\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let status = StatusMaker().status(of: source)
        #expect(status.blockers.map(\.kind) == ["picture-file"])
        #expect(status.blockers.first?.message == "The picture 'pictures/logo.png' was not found; a picture slot is shown instead.")
        #expect(status.blockers.first?.location?.hasSuffix("doc.md:4:12") == true)

        let output = folder.appendingPathComponent("out")
        let plan = BuildPlan(formats: ["txt"], output: output, isFinal: true)
        let result = try Builder().build(source, plan: plan)
        #expect(result.written.isEmpty)
        #expect(result.notFinal == status.blockers)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func aCoverFromTheBankIsChosen() throws {
        let (source, folder) = try Self.load("cover:\n  picture: bank:group_work\n  description: People at a table\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(StatusMaker().status(of: source).blockers.filter { $0.kind.hasPrefix("picture") }.isEmpty)
    }

    @Test func aCoverFromAnUnknownBankNameIsStillToChoose() throws {
        let (source, folder) = try Self.load("cover:\n  picture: bank:no_such_symbol\n  description: People at a table\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let blockers = StatusMaker().status(of: source).blockers
        #expect(blockers.map(\.kind) == ["picture-slot"])
        #expect(blockers.first?.message == "A picture is still to be chosen: People at a table.")
    }
}
