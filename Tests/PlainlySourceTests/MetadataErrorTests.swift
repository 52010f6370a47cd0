import Foundation
import PlainlyModel
import PlainlySource
import PlainlyTestSupport
import Testing

/// Every mistake in metadata is reported with its file, line and column, and all of them at once.
@Suite struct MetadataErrorTests {
    let base = URL(fileURLWithPath: "/nonexistent-base")

    private func messages(_ markdown: String) -> [String] {
        SourceReader().read(markdown: markdown, file: "doc.md", baseDirectory: base).diagnostics.map { $0.formatted() }
    }

    @Test func badYAMLInGuideManifestPointsAtTheLine() throws {
        let reading = try SourceReader().read(at: Fixtures.url("bad-yaml"))
        #expect(reading.diagnostics.hasErrors)
        let first = try #require(reading.diagnostics.first)
        #expect(first.location?.file == "guide.yaml")
        #expect(first.location?.line == 4)
        #expect(first.id == "bad-yaml")
    }

    @Test func wrongTypesUnknownKeysAndBadValues() {
        let text = """
            ---
            title: [not, a, title]
            kind: pamphlet
            profile: easy-read
            date: 31/03/2026
            review_date: 2027-03-31
            language: English please
            authors: {name: Sam}
            contact:
              name: Team
              fax: 0123
            glossary:
              agenda:
            ---
            Some text.
            """
        let outcome = Golden.compare(messages(text).joined(separator: "\n") + "\n", named: "metadata-errors.diagnostics")
        #expect(outcome.passed, "\(outcome.message)")
    }

    @Test func unclosedFrontMatterIsAnError() {
        let result = messages("---\ntitle: Open\n\nText that never closes the front matter.\n")
        #expect(result == [
            "doc.md:1:1: error: The front matter that starts here is never closed; end it with a line of three dashes (---). [unclosed-front-matter]",
        ])
    }

    @Test func yamlErrorInFrontMatterCountsLinesOfTheFile() {
        let result = messages("---\ntitle: One\nauthors: [Sam\n---\nText.\n")
        #expect(result.count == 1)
        #expect(result.first?.hasPrefix("doc.md:4:") == true || result.first?.hasPrefix("doc.md:5:") == true,
                "the YAML error should point into the file's own lines, got \(result)")
        #expect(result.first?.contains("[bad-yaml]") == true)
    }

    @Test func aTitleWithAColonIsToldToGoInQuotes() {
        let result = messages("---\ntitle: Care: what to expect\n---\nText.\n")
        #expect(result == [
            "doc.md:2:12: error: The value of 'title' has a colon in it, so it cannot be read as it is; "
                + "put the value in quotes: title: \"Care: what to expect\" [bad-yaml]"
        ])
    }

    @Test func frontMatterLeftOpenIsOneErrorWithoutKnockOns() {
        let result = messages("---\ntitle: Care\n\nSome text.\n")
        #expect(result == [
            "doc.md:1:1: error: The front matter that starts here is never closed; end it with a line of three dashes (---). [unclosed-front-matter]"
        ])
    }

    @Test func anUnknownKeyCutShortGetsTheWholeKey() {
        let result = messages("---\ntitle: Care\nreview: 2027-01-01\n---\nText.\n")
        #expect(result == ["doc.md:3:1: warning: Unknown key 'review'; it is ignored. Did you mean 'review-date'? [unknown-key]"])
    }

    @Test func titleComesFromTheFirstHeadingWhenFrontMatterHasNone() {
        let reading = SourceReader().read(markdown: "# Paying for care\n\nSome text.\n", file: "doc.md", baseDirectory: base)
        #expect(reading.document.metadata.title == "Paying for care")
        #expect(reading.diagnostics.isEmpty)
        #expect(reading.document.parts[0].blocks.count == 1)
    }

    @Test func missingTitleIsAWarningAndTheFileNameIsUsed() {
        let reading = SourceReader().read(markdown: "Some text.\n", file: "notes.md", baseDirectory: base)
        #expect(reading.document.metadata.title == "notes")
        #expect(reading.diagnostics.map(\.id) == ["missing-title"])
    }

    @Test func missingAndRepeatedPartsAreReportedAtTheirManifestLines() throws {
        let reading = try SourceReader().read(at: Fixtures.url("missing-part"))
        #expect(reading.diagnostics.map { $0.formatted() } == [
            "guide.yaml:4:5: error: The part file 'not-here.md' was not found. [missing-part]",
            "guide.yaml:5:5: warning: 'here.md' is listed twice; it is used once. [duplicate-part]",
        ])
        #expect(reading.document.parts.map(\.title) == ["Here"])
    }

    @Test func textThatIsNotUTF8IsReportedAtTheBadByte() {
        var data = Data("---\ntitle: Fine\n---\nCaf".utf8)
        data.append(0xE9)  // Latin-1 é, as an old editor would save it
        data.append(contentsOf: Array(" au lait.\n".utf8))
        let reading = SourceReader().read(markdown: data, file: "latin1.md", baseDirectory: base)
        #expect(reading.diagnostics.map { $0.formatted() } == [
            "latin1.md:4:4: error: This file is not UTF-8 text. Save it as UTF-8 in your editor and try again. [not-utf8]",
        ])
    }

    @Test func missingSourceIsAFileSystemError() {
        #expect(throws: SourceReadError.notFound(path: "/no/such/guide")) {
            try SourceReader().read(at: URL(fileURLWithPath: "/no/such/guide"))
        }
    }

    @Test func aFolderWithoutManifestIsNotASource() {
        #expect(throws: SourceReadError.notASource(path: Fixtures.folder.path)) {
            try SourceReader().read(at: Fixtures.folder)
        }
    }
}

@Suite struct HeadingLevelTests {
    let base = URL(fileURLWithPath: "/nonexistent-base")

    private func levels(_ markdown: String) -> [Int] {
        SourceReader().read(markdown: markdown, file: "doc.md", baseDirectory: base).document.parts[0].blocks.compactMap {
            if case .heading(let heading) = $0 { return heading.level }
            return nil
        }
    }

    @Test func sectionsStartAtTheTopWhetherWrittenWithOneHashOrTwo() {
        #expect(levels("---\ntitle: T\n---\n# A\n\n## B\n") == [2, 3])
        #expect(levels("---\ntitle: T\n---\n## A\n\n### B\n") == [2, 3])
    }

    @Test func aRealSkipIsKept() {
        #expect(levels("---\ntitle: T\n---\n## A\n\n#### B\n") == [2, 4])
    }

    @Test func aLeadingHashHeadingIsTheTitleAndTheRestAreSections() {
        #expect(levels("# Title\n\n### A\n\n#### B\n") == [2, 3])
    }
}
