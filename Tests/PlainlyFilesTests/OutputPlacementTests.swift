import Foundation
import Testing

@testable import PlainlyFiles

@Suite struct OutputPlacementTests {
    private func conflict(_ output: URL, _ sources: [(URL, Bool)]) -> OutputConflict.Relation? {
        OutputPlacement.conflict(
            output: output, shown: "out",
            sources: sources.map { .init(url: $0.0, shown: $0.0.lastPathComponent, isFolder: $0.1) })?.relation
    }

    @Test func anOutputFolderThatHoldsTheSourceFolderIsRefused() throws {
        // The case: `plainly build w/html --out w` replaced w, and with it the guide.
        let folder = try TemporaryFolder()
        try folder.write("w/html/guide.yaml", "title: G\n")
        #expect(conflict(folder.at("w"), [(folder.at("w/html"), true)]) == .holdsSource)
    }

    @Test func anOutputInsideTheSourceFolderIsRefused() throws {
        let folder = try TemporaryFolder()
        try folder.write("guide/guide.yaml", "title: G\n")
        #expect(conflict(folder.at("guide/out/new"), [(folder.at("guide"), true)]) == .insideSource)
        #expect(conflict(folder.at("guide"), [(folder.at("guide"), true)]) == .same)
    }

    @Test func aReportOverTheCheckedFileIsRefused() throws {
        let folder = try TemporaryFolder()
        try folder.write("page.html", "<p>Hi.</p>")
        #expect(conflict(folder.at("page.html"), [(folder.at("page.html"), false)]) == .same)
        #expect(conflict(folder.at("./x/../page.html"), [(folder.at("page.html"), false)]) == .same)
    }

    @Test func aSymbolicLinkCannotDisguiseTheSource() throws {
        let folder = try TemporaryFolder()
        try folder.write("guide/guide.yaml", "title: G\n")
        try FileManager.default.createSymbolicLink(at: folder.at("alias"), withDestinationURL: folder.at("guide"))
        #expect(conflict(folder.at("alias/out"), [(folder.at("guide"), true)]) == .insideSource)
        #expect(conflict(folder.at("guide/out"), [(folder.at("alias"), true)]) == .insideSource)
    }

    @Test func aSingleFileSourceAllowsOutputsBesideIt() throws {
        let folder = try TemporaryFolder()
        try folder.write("paper.md", "# Paper\n")
        #expect(conflict(folder.at("out/paper"), [(folder.at("paper.md"), false)]) == nil)
        #expect(conflict(folder.url, [(folder.at("paper.md"), false)]) == .holdsSource)
    }

    @Test func theMessageNamesBothPaths() {
        let message = OutputConflict(output: "w", source: "w/html", relation: .holdsSource).description
        #expect(message.hasPrefix("w: error: refusing to write here: it holds the source 'w/html'"))
    }

    @Test func aMissingPathResolvesThroughItsExistingParent() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createSymbolicLink(at: folder.at("link"), withDestinationURL: folder.url)
        #expect(ResolvedPath(folder.at("link/not/yet")) == ResolvedPath(folder.at("not/yet")))
    }
}
