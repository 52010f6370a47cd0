import Foundation
import PlainlyCLI
import PlainlyTestSupport
import Testing

/// `plainly import`: a file in, a source folder out that builds at once, keeping the words.
@Suite struct ImportCommandTests {
    static let fixtures: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: WordCoverage.wordFixtures.path)) ?? [])
        .filter { $0.hasSuffix(".docx") && $0 != "mammoth-strict-format.docx" }.sorted()

    func run(_ arguments: [String], in scratch: Scratch) -> (code: Int32, out: String, err: String) {
        PlainlyMain.runCapturing(arguments, workingDirectory: scratch.folder)
    }

    /// Import, then build the text format: the words in the text are at least 99 % of the words
    /// `pandoc -t plain` finds in the original, and the original is unchanged.
    @Test(.enabled(if: WordCoverage.pandoc != nil, "needs pandoc (scripts/setup installs it)"), arguments: fixtures)
    func aRealWordFileRoundTrips(name: String) throws {
        let scratch = try Scratch()
        let original = WordCoverage.wordFixtures.appendingPathComponent(name)
        let before = try Data(contentsOf: original)
        let imported = run(["import", original.path, "--out", "source"], in: scratch)
        #expect(imported.code == 0, "\(imported.err)")
        #expect(imported.out.contains("Kept "))
        let built = run(["build", "source", "--format", "txt", "--out", "out"], in: scratch)
        #expect(built.code == 0, "\(built.err)")
        #expect(!built.err.contains("error:"), "\(built.err)")
        let text = try scratch.read("out/source.txt")
        let reference = try #require(WordCoverage.pandocPlainText(of: original))
        let kept = WordCoverage.kept(text, of: reference)
        print("round trip \(name): kept \(String(format: "%.1f", kept * 100)) % of pandoc's \(WordCoverage.words(reference).count) words")
        #expect(kept >= 0.99, "\(name): kept \(kept)\n--- built\n\(text)\n--- pandoc\n\(reference)")
        #expect(try Data(contentsOf: original) == before)
    }

    @Test func anOutputFolderWithFilesIsRefusedAndTheOriginalIsNotTouched() throws {
        let scratch = try Scratch()
        try scratch.write("notes.txt", "Money for carers\n\nCarers can get help with costs.\n")
        try scratch.write("taken/keep.md", "Someone's work.\n")
        let refused = run(["import", "notes.txt", "--out", "taken"], in: scratch)
        #expect(refused.code == 1)
        #expect(refused.err.contains("taken: error: refusing to import into a folder that already has files in it"))
        #expect(try scratch.read("taken/keep.md") == "Someone's work.\n")
        let onItself = run(["import", "notes.txt", "--out", "notes.txt"], in: scratch)
        #expect(onItself.code == 1)
        #expect(try scratch.read("notes.txt") == "Money for carers\n\nCarers can get help with costs.\n")
        try FileManager.default.createDirectory(atPath: scratch.path("empty"), withIntermediateDirectories: true)
        let into = run(["import", "notes.txt", "--out", "empty"], in: scratch)
        #expect(into.code == 0, "\(into.err)")
        #expect(scratch.exists("empty/guide.yaml"))
    }

    @Test func unknownKindsProfilesAndFilesAreRefused() throws {
        let scratch = try Scratch()
        try scratch.write("a.pdf", "%PDF")
        #expect(run(["import", "a.pdf", "--out", "x"], in: scratch).err.contains("a.pdf: error: Plainly imports .docx, .html, .txt and .md files"))
        #expect(run(["import", "a.pdf", "--as", "poster"], in: scratch).code != 0)
        #expect(run(["import", "a.pdf", "--profile", "tiny"], in: scratch).code != 0)
        #expect(!scratch.exists("x"))
    }

    /// Easy read: rows with a picture slot and a sentence a line; hard words wait in the glossary,
    /// and `build --final` refuses until each is explained.
    @Test func easyReadImportOffersRowsAndHardWordsAndFinalWaits() throws {
        let scratch = try Scratch()
        try scratch.write("letter.txt", """
            Your eligibility for respite
            We will assess your circumstances. Then we will write to you.
            """)
        let imported = run(["import", "letter.txt", "--profile", "easy-read", "--out", "letter"], in: scratch)
        #expect(imported.code == 0, "\(imported.err)")
        let yaml = try scratch.read("letter/guide.yaml")
        #expect(yaml.contains("profile: easy-read"))
        #expect(yaml.contains("\"eligibility\": \"\"") || yaml.contains("\"circumstances\": \"\""), "\(yaml)")
        let part = try scratch.read("letter/parts/01-your-eligibility-for-respite.md")
        #expect(part.contains("![A picture for: We will assess your circumstances. Then]()\nWe will assess your circumstances.\nThen we will write to you."), "\(part)")
        let draft = run(["build", "letter", "--format", "txt", "--out", "out"], in: scratch)
        #expect(draft.code == 0, "\(draft.err)")
        let final = run(["build", "letter", "--format", "txt", "--out", "final", "--final"], in: scratch)
        #expect(final.code == 1)
        #expect(final.err.contains("has no explanation"), "\(final.err)")
    }

    @Test func markdownAndWebPagesImportWithTheirTitleAndMarkup() throws {
        let scratch = try Scratch()
        try scratch.write("notes.md", """
            # Carers' news

            Some **bold** words and [a link](https://example.org).

            | Day | Time |
            |-----|------|
            | Monday | 10am |
            """)
        let markdown = run(["import", "notes.md", "--out", "md"], in: scratch)
        #expect(markdown.code == 0, "\(markdown.err)")
        #expect(try scratch.read("md/guide.yaml").contains("title: \"Carers' news\""))
        let part = try scratch.read("md/parts/01-carers-news.md")
        #expect(part.contains("Some **bold** words and [a link](<https://example.org>)."), "\(part)")
        #expect(part.contains("| Day | Time |\n|---|---|\n| Monday | 10am |"), "\(part)")
        #expect(run(["build", "md", "--format", "txt", "--out", "o1"], in: scratch).code == 0)

        try scratch.write("page.html", "<html><head><title>Help with costs</title></head><body><h1>Costs</h1><p>We can help.</p><ul><li>Travel</li></ul></body></html>")
        let html = run(["import", "page.html", "--out", "web"], in: scratch)
        #expect(html.code == 0, "\(html.err)")
        #expect(try scratch.read("web/guide.yaml").contains("title: \"Help with costs\""))
        #expect(run(["build", "web", "--format", "txt", "--out", "o2"], in: scratch).code == 0)
    }

    /// A real Word file imported for easy read builds as a draft at once.
    @Test func aWordFileImportsForEasyReadAndBuilds() throws {
        let scratch = try Scratch()
        let original = WordCoverage.wordFixtures.appendingPathComponent("pandoc-headers.docx")
        let imported = run(["import", original.path, "--profile", "easy-read", "--as", "newsletter", "--out", "er"], in: scratch)
        #expect(imported.code == 0, "\(imported.err)")
        #expect(try scratch.read("er/guide.yaml").contains("kind: newsletter\nprofile: easy-read"))
        let built = run(["build", "er", "--format", "txt", "--out", "o"], in: scratch)
        #expect(built.code == 0, "\(built.err)")
    }

    /// Pictures come out of the Word file into pictures/, described by their alt text.
    @Test func picturesAreExtractedWithTheirAltText() throws {
        let scratch = try Scratch()
        let original = WordCoverage.wordFixtures.appendingPathComponent("pandoc-inline_images.docx")
        #expect(run(["import", original.path, "--out", "pics"], in: scratch).code == 0)
        #expect(scratch.listing().filter { $0.hasPrefix("pics/pictures/") } == ["pics/pictures/picture-01.jpg", "pics/pictures/picture-02.jpg"])
        let part = try scratch.read("pics/parts/01-pandoc-inline-images.md")
        #expect(part.contains("![This one is green and looks like Sideshow Bob.](../pictures/picture-01.jpg)"), "\(part)")
        let built = run(["build", "pics", "--format", "html", "--out", "o"], in: scratch)
        #expect(built.code == 0, "\(built.err)")
    }
}
