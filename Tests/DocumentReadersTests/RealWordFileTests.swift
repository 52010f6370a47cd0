import Foundation
import PlainlyModel
import PlainlyTestSupport
import Testing

@testable import DocumentReaders

/// Real Word files from public test suites, made by Word, LibreOffice and pandoc (Data/Word/LICENCE.md):
/// each reads with at least 99 % of the words `pandoc -t plain` gives, and (text read once, comments
/// and instructions left out) hardly any that pandoc does not give.
@Suite struct RealWordFileTests {
    static let all: [String] = (try? FileManager.default.contentsOfDirectory(atPath: WordCoverage.wordFixtures.path))?
        .filter { $0.hasSuffix(".docx") }.sorted() ?? []

    /// Strict OOXML: pandoc cannot read it, so it is checked against mammoth's own expectation.
    static let strict = "mammoth-strict-format.docx"
    static let files = all.filter { $0 != strict }

    @Test func theFixturesAreThere() {
        #expect(Self.all.count >= 15)
    }

    /// Strict OOXML uses other namespaces for the same elements; resolved by namespace, it reads the same.
    @Test func strictOOXMLReadsLikeTransitional() throws {
        let url = WordCoverage.wordFixtures.appendingPathComponent(Self.strict)
        let document = try DocxReader().read(at: url, displayPath: Self.strict)
        #expect(TextOf.blocks(document.parts.flatMap(\.blocks)) == "Test")
    }

    @Test(.enabled(if: WordCoverage.pandoc != nil, "needs pandoc (scripts/setup installs it)"), arguments: files)
    func readsTheWordsPandocReads(name: String) throws {
        let url = WordCoverage.wordFixtures.appendingPathComponent(name)
        let reference = try #require(WordCoverage.pandocPlainText(of: url))
        let document = try DocxReader().read(at: url, displayPath: name)
        let ours = TextOf.blocks(document.parts.flatMap(\.blocks))
        let kept = WordCoverage.kept(ours, of: reference)
        let extra = WordCoverage.extra(ours, over: reference)
        let total = WordCoverage.words(reference).count
        print("\(name): \(WordCoverage.words(ours).count) words, pandoc \(total), kept \(String(format: "%.1f", kept * 100)) %, extra \(extra)")
        #expect(kept >= 0.99, "\(name): kept \(kept) of pandoc's words\n--- ours\n\(ours)\n--- pandoc\n\(reference)")
        #expect(extra <= max(2, total / 100), "\(name): \(extra) words pandoc does not have\n--- ours\n\(ours)\n--- pandoc\n\(reference)")
    }
}
