import Foundation
import PlainlyModel
import PlainlySource
import Testing

/// A source is a closed world: parts and pictures must be files inside its folder, after `..` and
/// links; anything else is an error at the line that names it, and its bytes never reach the model.
@Suite struct ClosedWorldTests {
    static let secret = "The secret text that must never be published."

    /// A folder `root/` holding `secret.md` and `secret/s.svg`, and a guide `root/guide/` inside it.
    static func guide(parts: [String], partText: String = "---\ntitle: A\n---\n\nHello.\n") throws -> TemporaryFolder {
        let root = try TemporaryFolder()
        try root.write("secret.md", "---\ntitle: Secret\n---\n\n\(secret)\n")
        try root.write("secret/s.svg", SamplePictures.svg)
        let list = parts.map { "  - \"\($0)\"" }.joined(separator: "\n")
        try root.write("guide/guide.yaml", "title: G\nparts:\n\(list)\n")
        try root.write("guide/a.md", partText)
        return root
    }

    static func allText(_ reading: SourceReading) -> String {
        TreeDump.render(reading.document)
    }

    @Test(arguments: ["../secret.md", "../../../../../../../../etc/passwd", "/etc/passwd", "./../guide/../secret.md"])
    func aPartOutsideTheFolderIsAnErrorAtItsLineAndNotRead(part: String) throws {
        let root = try Self.guide(parts: ["a.md", part])
        let reading = try SourceReader().read(at: root.path("guide"))
        let error = try #require(reading.diagnostics.first { $0.id == "outside-source" })
        #expect(error.severity == .error)
        #expect(error.location == SourceLocation(file: "guide.yaml", line: 4, column: 5))
        #expect(error.message.contains("outside the source folder"))
        #expect(reading.document.parts.count == 1)
        #expect(!Self.allText(reading).contains("secret"))
        #expect(!Self.allText(reading).contains("root:"))
        #expect(!reading.files.contains { $0.contains("secret") || $0.contains("passwd") })
    }

    @Test func aLinkedPartThatLeadsOutsideIsAnError() throws {
        let root = try Self.guide(parts: ["a.md", "linked.md"])
        try root.link("guide/linked.md", to: root.path("secret.md"))
        let reading = try SourceReader().read(at: root.path("guide"))
        #expect(reading.diagnostics.contains { $0.id == "outside-source" && $0.location?.line == 4 })
        #expect(!Self.allText(reading).contains("secret text"))
    }

    @Test func aLinkedFolderThatLeadsOutsideIsAnError() throws {
        let root = try Self.guide(parts: ["a.md", "elsewhere/secret.md"])
        try root.link("guide/elsewhere", to: root.url)
        let reading = try SourceReader().read(at: root.path("guide"))
        #expect(reading.diagnostics.contains { $0.id == "outside-source" })
        #expect(!Self.allText(reading).contains("secret text"))
    }

    @Test func aLinkInsideTheFolderIsFollowed() throws {
        let root = try Self.guide(parts: ["a.md", "b.md"])
        try root.write("guide/parts/real.md", "---\ntitle: B\n---\n\nInside.\n")
        try root.link("guide/b.md", to: root.path("guide/parts/real.md"))
        let reading = try SourceReader().read(at: root.path("guide"))
        #expect(!reading.diagnostics.hasErrors)
        #expect(reading.document.parts.map(\.title) == ["A", "B"])
    }

    @Test func aFolderTheUserAllowsMayHoldParts() throws {
        let root = try Self.guide(parts: ["a.md", "../secret.md"])
        let reading = try SourceReader(allowedRoots: [root.url]).read(at: root.path("guide"))
        #expect(!reading.diagnostics.contains { $0.id == "outside-source" })
        #expect(reading.document.parts.count == 2)
    }

    @Test(arguments: ["../secret/s.svg", "../../secret/s.svg", "/etc/passwd"])
    func aPictureOutsideTheFolderIsAnErrorAndNeverRead(written: String) throws {
        let root = try Self.guide(parts: ["a.md"], partText: "# A\n\n![x](\(written))\nSome words.\n")
        let reading = try SourceReader().read(at: root.path("guide"))
        let error = try #require(reading.diagnostics.first { $0.id == "outside-source" })
        #expect(error.severity == .error)
        #expect(error.location == SourceLocation(file: "a.md", line: 3, column: 1))
        #expect(reading.pictures.byPath.values.allSatisfy { (try? $0.get()) == nil })
    }

    @Test func aLinkedPictureThatLeadsOutsideIsAnError() throws {
        let root = try Self.guide(parts: ["a.md"], partText: "# A\n\n![x](s.svg)\nSome words.\n")
        try root.link("guide/s.svg", to: root.path("secret/s.svg"))
        let reading = try SourceReader().read(at: root.path("guide"))
        #expect(reading.diagnostics.contains { $0.id == "outside-source" && $0.location?.line == 3 })
        #expect(reading.pictures["s.svg"] == .failure(.outsideSource))
    }

    @Test func aPictureInsideIsReadOnceWithItsFormatAndSize() throws {
        let root = try Self.guide(parts: ["a.md"], partText: "# A\n\n![x](p/s.svg)\nOne.\n\n![y](p/s.svg)\nTwo.\n")
        try root.write("guide/p/s.svg", SamplePictures.svg)
        let reading = try SourceReader().read(at: root.path("guide"))
        #expect(!reading.diagnostics.hasErrors)
        let file = try reading.pictures["p/s.svg"].get()
        #expect(file.format == .svg)
        #expect(file.bytes == Data(SamplePictures.svg.utf8))
        #expect((file.pixelWidth, file.pixelHeight) == (120, 90))
        #expect(reading.pictures.byPath.count == 1)
    }

    @Test func aReaderThatNeedsOnlyTheWordsSkipsPicturesButStillRefusesOutsideOnes() throws {
        let root = try Self.guide(parts: ["a.md"], partText: "# A\n\n![x](p/s.svg)\nOne.\n\n![y](../secret/s.svg)\nTwo.\n")
        try root.write("guide/p/s.svg", SamplePictures.svg)
        let reading = try SourceReader(readsPictures: false).read(at: root.path("guide"))
        #expect(reading.pictures.byPath.isEmpty)
        #expect(reading.diagnostics.filter { $0.id == "outside-source" }.map { $0.location?.line } == [6])
    }

    @Test func aSingleFilesFolderIsItsClosedWorld() throws {
        let root = try TemporaryFolder()
        try root.write("secret.svg", SamplePictures.svg)
        try root.write("paper/paper.md", "# Paper\n\n![x](../secret.svg)\nWords.\n\n![y](here.svg)\nMore.\n")
        try root.write("paper/here.svg", SamplePictures.svg)
        let reading = try SourceReader().read(at: root.path("paper/paper.md"))
        #expect(reading.diagnostics.filter { $0.id == "outside-source" }.map { $0.location?.line } == [3])
        #expect((try? reading.pictures["here.svg"].get()) != nil)
        #expect(reading.pictures["../secret.svg"] == .failure(.outsideSource))
    }

    @Test func aGuideYAMLThatIsALinkOutsideIsRefused() throws {
        let root = try TemporaryFolder()
        try root.write("other/guide.yaml", "title: G\nparts:\n  - a.md\n")
        try root.link("guide/guide.yaml", to: root.path("other/guide.yaml"))
        #expect(throws: SourceReadError.outsideSource(path: root.path("guide/guide.yaml").path)) {
            try SourceReader().read(at: root.path("guide"))
        }
    }
}
