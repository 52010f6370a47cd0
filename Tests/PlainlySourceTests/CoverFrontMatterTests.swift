import Foundation
import PlainlyModel
import PlainlyTestSupport
import Testing

@testable import PlainlySource

/// `cover:` and `logo:` in the front matter: a picture and what it shows, read and checked as a
/// Markdown picture is, and a clear error at its line for any other shape.
@Suite struct CoverFrontMatterTests {
    static let svg = #"<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="300" height="100"/></svg>"#

    static func read(_ frontMatter: String, pictures: [String] = []) throws -> (SourceReading, TemporaryFolder) {
        let folder = try TemporaryFolder()
        for path in pictures { try folder.write(path, svg) }
        try folder.write("guide.md", "---\ntitle: Your care review\nprofile: easy-read\ndate: 2026-11-23\n" + frontMatter + "---\nHello.\n")
        return (try SourceReader().read(at: folder.path("guide.md")), folder)
    }

    @Test func aCoverAndALogoMakeACoverPage() throws {
        let (reading, _) = try Self.read("""
            cover:
              picture: bank:group_work
              description: People working together round a table
            logo:
              picture: pictures/logo.svg
              description: Riverside Advocacy
            """ + "\n", pictures: ["pictures/logo.svg"])
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
        let metadata = reading.document.metadata
        #expect(metadata.cover?.source == .bank(name: "group_work"))
        #expect(metadata.logo?.source == .file(written: "pictures/logo.svg", path: "pictures/logo.svg"))
        #expect(metadata.logo?.location == SourceLocation(file: "guide.md", line: 9, column: 12))
        // Both are read once, like every other picture, so every writer can show them.
        #expect((try? reading.pictures["bank:group_work"].get())?.format == .svg)
        #expect((try? reading.pictures["pictures/logo.svg"].get())?.pixelWidth == 300)
        let assembly = DocumentAssembly(reading.document)
        #expect(assembly.titlePage.profileName == "Easy read")
        // A bank picture on the cover is credited like any other.
        #expect(!assembly.pictureCredit.isEmpty)
        let outcome = Golden.compare(TreeDump.render(assembly.frontMatter()), named: "cover-title-page.tree")
        #expect(outcome.passed, "\(outcome.message)")
    }

    @Test func aDocumentWithoutACoverHasAPlainTitlePage() throws {
        let (reading, _) = try Self.read("")
        let page = DocumentAssembly(reading.document).titlePage
        #expect(!page.isCover)
        #expect(page.profileName == nil)
    }

    /// Each wrong shape is an error at the line that holds it, saying what to write instead.
    @Test(arguments: [
        ("cover: pictures/cover.png\n", "wrong-type", 5, "should be a picture and its description"),
        ("cover:\n  - pictures/cover.png\n", "wrong-type", 6, "should be a picture and its description"),
        ("cover:\n  description: Two people\n", "incomplete-picture", 6, "needs 'picture:'"),
        ("cover:\n  picture: bank:group_work\n", "incomplete-picture", 6, "needs 'description:'"),
        ("logo:\n  picture: bank:group_work\n  description: [a, b]\n", "wrong-type", 7, "'logo: description' should be some text"),
        ("logo:\n  picture: ../outside.svg\n  description: Riverside Advocacy\n", "outside-source", 6, "outside the source folder"),
    ])
    func aWrongShapeIsAnErrorAtItsLine(frontMatter: String, id: String, line: Int, words: String) throws {
        let (reading, _) = try Self.read(frontMatter)
        let error = try #require(reading.diagnostics.first { $0.severity == .error }, "\(reading.diagnostics)")
        #expect(error.id == id)
        #expect(error.location?.file == "guide.md")
        #expect(error.location?.line == line)
        #expect(error.message.contains(words), "\(error.message)")
    }

    @Test func anUnknownKeyIsAWarningWithTheClosestName() throws {
        let (reading, _) = try Self.read("cover:\n  picture: bank:group_work\n  descripton: Two people\n  description: Two people\n")
        let warning = try #require(reading.diagnostics.first)
        #expect(warning.id == "unknown-key")
        #expect(warning.message.contains("Did you mean 'description'?"))
        #expect(reading.document.metadata.cover != nil)
    }

    /// A missing file is said once, in the words every missing picture is, and the cover shows a slot.
    @Test func aMissingFileIsAWarningAtThePictureLine() throws {
        let (reading, _) = try Self.read("cover:\n  picture: pictures/cover.png\n  description: Two people\n")
        #expect(reading.diagnostics.map(\.id) == ["missing-picture"])
        #expect(reading.diagnostics.first?.location == SourceLocation(file: "guide.md", line: 6, column: 12))
        #expect(reading.pictures["pictures/cover.png"] == .failure(.missing))
        let realized = RealizedDocument(reading.document, pictures: reading.pictures, name: "guide")
        #expect(!realized.shows(try #require(reading.document.metadata.cover)))
    }

    /// In `guide.yaml` the picture is relative to the guide's folder, as its parts are.
    @Test func aGuidesCoverIsReadFromItsFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write("pictures/logo.svg", Self.svg)
        try folder.write("guide.yaml", """
            title: Our guide
            profile: large-print
            logo:
              picture: pictures/logo.svg
              description: Riverside Advocacy
            parts:
              - one.md
            """)
        try folder.write("one.md", "---\ntitle: One\nstatus: agreed\n---\nText.\n")
        let reading = try SourceReader().read(at: folder.url)
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
        #expect((try? reading.pictures["pictures/logo.svg"].get()) != nil)
        #expect(DocumentAssembly(reading.document).titlePage.profileName == "Large print")
    }
}
