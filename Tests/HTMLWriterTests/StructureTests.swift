import Foundation
@testable import HTMLWriter
import PlainlyModel
import Testing

/// The page's structure: landmarks, heading levels, ids and the contents list.
@Suite struct StructureTests {
    static func heading(_ level: Int, _ title: String, line: Int) -> Block {
        .heading(Heading(level: level, inlines: [.text(title)], anchor: "", location: Fixture.at(line)))
    }

    static func headingLevels(in html: String) -> [Int] {
        HTMLScanner(html).tags.compactMap { tag in
            tag.name.count == 2 && tag.name.hasPrefix("h") ? Int(tag.name.dropFirst()) : nil
        }
    }

    @Test(arguments: [
        ([2, 3, 4], [1, 2, 3, 4]),
        ([4, 2, 6, 3], [1, 2, 2, 3, 3]),
        ([1, 2, 9], [1, 2, 2, 3]),
    ])
    func headingsNeverSkipALevel(levels: [Int], expected: [Int]) throws {
        var blocks = levels.enumerated().map { Self.heading($1, "Heading \($0)", line: $0 + 1) }
        blocks.append(.paragraph(Paragraph(inlines: [.text("Text.")])))
        let doc = Document(metadata: Metadata(title: "Levels"), parts: [Part(blocks: blocks)])
        let (output, html) = try Fixture.render(doc, includeContents: false)
        #expect(Self.headingLevels(in: html) == expected)  // the title's h1 first
        let changed = zip(levels, expected.dropFirst()).filter { $0 != $1 }.count
        #expect(output.diagnostics.filter { $0.id == "heading-level" }.count == changed)
    }

    @Test func newslettersPutEachPartInAnArticle() throws {
        var doc = Fixture.everything
        doc.metadata.kind = .newsletter
        let (_, html) = try Fixture.render(doc)
        let tags = HTMLScanner(html).tags.map(\.name)
        #expect(tags.filter { $0 == "article" }.count == 2)
        #expect(!tags.contains("section") || tags.filter { $0 == "section" }.count == 1)  // only "Hard words"
        #expect(html.contains("In this issue"))
    }

    @Test func landmarksComeInReadingOrder() throws {
        let (_, html) = try Fixture.render(Fixture.everything)
        let tags = HTMLScanner(html).tags.map(\.name).filter { ["a", "header", "nav", "main", "footer"].contains($0) }
        #expect(Array(tags.prefix(4)) == ["a", "header", "nav", "a"])
        let landmarks = tags.filter { $0 != "a" }
        #expect(landmarks == ["header", "nav", "main", "footer"])
        #expect(html.contains("<a href=\"#main\" class=\"skip-link\">"))
        #expect(html.contains("<main id=\"main\">"))
    }

    @Test func idsStayUniqueWhenAuthorsAnchorsClashWithTheWritersOwn() throws {
        let blocks: [Block] = [
            .heading(Heading(level: 2, inlines: [.text("Main")], anchor: "main", location: Fixture.at(3))),
            .heading(Heading(level: 2, inlines: [.text("Hard words")], anchor: "hard-words", location: Fixture.at(5))),
            .heading(Heading(level: 2, inlines: [.text("Hard words again")], anchor: "hard-words", location: Fixture.at(7))),
            .callout(Callout(kind: .note, blocks: [])),
            .paragraph(Paragraph(inlines: [.link("#hard-words", [.text("see")], at: Fixture.at(9))])),
            .paragraph(Paragraph(inlines: [.link("#nowhere", [.text("lost")], at: Fixture.at(11))])),
        ]
        let metadata = Metadata(title: "Clash", glossary: [
            GlossaryEntry(term: "main", explanation: "The most important."),
            GlossaryEntry(term: "main", explanation: "Said twice."),
        ])
        let (output, html) = try Fixture.render(Document(metadata: metadata, parts: [Part(blocks: blocks)]))
        let ids = HTMLScanner(html).tags.compactMap { $0.value("id") }
        #expect(Set(ids).count == ids.count, "\(ids)")
        #expect(ids.contains("main") && ids.contains("hard-words") && ids.contains("hard-words-2"))
        // The skip link still reaches <main>, whatever id it had to take.
        let mainID = try #require(HTMLScanner(html).tags.first { $0.name == "main" }?.value("id"))
        #expect(html.contains("href=\"#\(mainID)\" class=\"skip-link\""))
        #expect(output.diagnostics.map(\.id).sorted() == ["broken-link", "duplicate-anchor"])
        #expect(output.diagnostics.first { $0.id == "broken-link" }?.location?.line == 11)
    }

    @Test func contentsFollowTheSameRuleAsEveryFormat() throws {
        let few = Fixture.everything
        let (_, withoutOption) = try Fixture.render(few, includeContents: nil)
        #expect(!withoutOption.contains("<nav"))  // two parts: fewer than DocumentAssembly.partsNeedingContents
        let (_, asked) = try Fixture.render(few, includeContents: true)
        #expect(asked.contains("<nav aria-labelledby=\"plainly-contents\">"))
        var many = few
        many.parts = (1...5).map { Part(title: "Part \($0)", anchor: "part-\($0)", blocks: []) }
        let (_, automatic) = try Fixture.render(many, includeContents: nil)
        #expect(automatic.contains("<nav"))
        let (_, refused) = try Fixture.render(many, includeContents: false)
        #expect(!refused.contains("<nav"))
    }

    @Test func unsafeLinksKeepTheirWordsAndAreReported() throws {
        let paragraph = Paragraph(inlines: [
            .link("javascript:alert(1)", [.text("Click here")], at: Fixture.at(4, 7)),
            .text(" and "),
            .link("https://example.org", [], at: Fixture.at(4, 30)),
        ])
        let (output, html) = try Fixture.render(Document(metadata: Metadata(title: "Links"), parts: [Part(blocks: [.paragraph(paragraph)])]))
        #expect(html.contains("<p>Click here and <a href=\"https://example.org\">https:/<wbr>/<wbr>example.<wbr>org</a></p>"))
        let finding = try #require(output.diagnostics.first)
        #expect(finding.id == "unsafe-link")
        #expect(finding.formatted() == "guide.md:4:7: warning: This link is shown as plain words: its address starts with 'javascript:'; only http, https, mailto and tel links are allowed. [unsafe-link]")
    }

    @Test func anInvalidLanguageTagFallsBackToBritishEnglish() throws {
        let doc = Document(metadata: Metadata(title: "Lang", language: "en GB\"><x"), parts: [])
        let (output, html) = try Fixture.render(doc)
        #expect(html.contains("<html lang=\"en-GB\">"))
        #expect(output.diagnostics.map(\.id) == ["language-tag"])
        let (_, welsh) = try Fixture.render(Document(metadata: Metadata(title: "Lang", language: "cy"), parts: []))
        #expect(welsh.contains("<html lang=\"cy\">"))
    }

    /// Blank titles, captions and fields never make an empty heading, title, caption or link,
    /// which the HTML checker and screen readers would trip on.
    @Test func blankFieldsLeaveNothingEmpty() throws {
        let metadata = Metadata(
            title: " ", subtitle: "", contact: Contact(name: "", phone: "01632 960 123", email: " "),
            glossary: [GlossaryEntry(term: "", explanation: "Nothing")])
        let blocks: [Block] = [
            .heading(Heading(level: 2, inlines: [.text("  ")], anchor: "blank", location: Fixture.at(2))),
            .callout(Callout(kind: .tip, title: "", blocks: [])),
            .table(Table(caption: " ", header: [TableCell(inlines: [.text("A")])], rows: [])),
        ]
        let parts = [Part(title: "", anchor: "", blocks: blocks), Part(title: "Second", anchor: "second", blocks: [])]
        let (output, html) = try Fixture.render(Document(metadata: metadata, parts: parts))
        let page = HTMLScanner(html)
        #expect(page.problems == [])
        for name in ["title", "h1", "h2", "h3", "caption", "a", "dt", "dd", "p"] {
            #expect(!html.contains("<\(name)></\(name)>"), "empty <\(name)>")
        }
        #expect(html.contains("<title>Untitled document</title>"))
        #expect(html.contains("<p class=\"callout-title\" id=\"callout\">Tip</p>"))
        #expect(!html.contains("<caption"))
        #expect(html.contains("aria-label=\"Table\""))
        #expect(output.diagnostics.map(\.id) == ["empty-heading"])
    }
}

/// The page forbids scripts; a tool adding its own (the live preview) can allow just that one.
@Suite struct ContentSecurityPolicyTests {
    static func policy(nonce: String?) throws -> String {
        let base = try Fixture.makeBaseDirectory()
        defer { try? FileManager.default.removeItem(at: base) }
        let writer = HTMLWriter(options: .init(fontsDirectory: Fixture.fontsDirectory, scriptNonce: nonce))
        let output = writer.render(Document(metadata: Metadata(title: "Policy"), parts: []), pictures: SourcePictures())
        let html = String(decoding: try #require(output.files.first { $0.path == "index.html" }).contents, as: UTF8.self)
        let meta = try #require(HTMLScanner(html).tags.first { $0.value("http-equiv") == "Content-Security-Policy" })
        return try #require(meta.value("content"))
    }

    @Test func scriptsAreForbiddenByDefault() throws {
        #expect(try Self.policy(nonce: nil).hasPrefix("script-src 'none'; object-src 'none';"))
    }

    @Test func aNonceAllowsOnlyScriptsCarryingIt() throws {
        #expect(try Self.policy(nonce: "R4nd0m+/=_-").hasPrefix("script-src 'nonce-R4nd0m+/=_-'; object-src 'none';"))
    }

    @Test(arguments: ["", "x' 'unsafe-inline", "a b", "abc;script-src *", "é"])
    func aNonceThatCouldWidenThePolicyIsIgnored(nonce: String) throws {
        #expect(try Self.policy(nonce: nonce).hasPrefix("script-src 'none';"))
    }
}
