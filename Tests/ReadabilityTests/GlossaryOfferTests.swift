import Foundation
import PlainlyModel
import PlainlySource
import Readability
import Testing

/// Issue 15: in a guide, a hard word is offered as an entry of the guide's "Hard words" list
/// (`glossary:`), with the exact lines to add, in the finding and in `--summary`.
@Suite struct GlossaryOfferTests {
    static func check(_ frontMatter: String, _ body: String, file: String = "my-guide.md") -> CheckResult {
        let reading = SourceReader().read(
            markdown: "---\n\(frontMatter)\n---\n\(body)\n", file: file, baseDirectory: URL(fileURLWithPath: "/tmp"))
        return CheckService().check(reading.document)
    }

    static let hard = "Your eligibility depends on the assessment."

    @Test func aGuideWithoutAGlossaryIsToldBothLines() throws {
        let result = Self.check("title: Guide\nkind: guide\nprofile: easy-read", Self.hard)
        let finding = try #require(result.findings.first { $0.rule == HardWord.id })
        #expect(finding.suggestion == "Use an everyday word, or add it to the guide's hard words: in the front matter of my-guide.md, "
            + "before its closing ---, add the lines \"glossary:\" and \"  eligibility: what it means, in everyday words\" "
            + "and write its meaning after the colon.")
    }

    @Test func aGuideWithAGlossaryIsToldTheEntryLine() throws {
        let result = Self.check("title: Guide\nkind: guide\nprofile: easy-read\nglossary:\n  carer: Someone who looks after someone.", Self.hard)
        let finding = try #require(result.findings.first { $0.rule == HardWord.id })
        #expect(finding.suggestion?.contains("in my-guide.md, under 'glossary:', add the line \"  eligibility: what it means, in everyday words\"") == true)
    }

    @Test func aPaperOrATextIsNotOfferedAGlossary() throws {
        let paper = Self.check("title: Paper\nkind: paper\nprofile: easy-read", Self.hard)
        let finding = try #require(paper.findings.first { $0.rule == HardWord.id })
        #expect(finding.suggestion == "Use an everyday word, explain it where it is used, or add it to the glossary.")
        #expect(paper.glossaryHome == nil)
        #expect(Checker(.easyRead).check(.paragraphs([Self.hard])).glossaryHome == nil)
    }

    @Test func theSummaryListsTheLinesToAdd() {
        let result = Self.check("title: Guide\nkind: guide\nprofile: easy-read", Self.hard + "\n\nThe assessment is free.")
        let summary = SummaryReport().render(CheckReport(files: [FileReport(path: "my-guide.md", result: result)]))
        let lines = summary.split(separator: "\n").map(String.init)
        let start = try? #require(lines.firstIndex { $0.hasPrefix("  Hard words to explain:") })
        guard let start else { return }
        #expect(lines[start] == "  Hard words to explain: in the front matter of my-guide.md, before its closing ---, add these lines and say what each word means:")
        #expect(Array(lines[(start + 1)...]) == [
            "      glossary:",
            "        eligibility: what it means, in everyday words",
            "        assessment: what it means, in everyday words",
        ])
    }

    @Test func theSummaryOffersAtMostAFewWords() {
        let words = ["eligibility", "assessment", "commissioning", "reablement", "safeguarding", "advocacy", "continuing",
                     "domiciliary", "intermediate", "occupational", "rehabilitation", "multidisciplinary", "intermittent"]
        let result = Self.check(
            "title: Guide\nkind: guide\nprofile: easy-read\nglossary:\n  carer: Someone who looks after someone.",
            words.map { "We talk about \($0)." }.joined(separator: "\n\n"))
        let summary = SummaryReport().render(CheckReport(files: [FileReport(path: "g", result: result)]))
        let entries = summary.split(separator: "\n").filter { $0.hasSuffix(": what it means, in everyday words") }
        #expect(entries.count == SummaryReport.glossaryWordsOffered, "\(summary)")
        #expect(summary.contains("more: --only hard-word --severity note lists them all."))
    }
}
