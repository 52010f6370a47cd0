import Foundation
import PlainlyModel
import PlainlySource
import PlainlyTestSupport
import Testing

/// Newsletter and board-paper front matter, and the generated blocks made from it.
@Suite struct KindDetailsTests {
    let base = URL(fileURLWithPath: "/nonexistent-base")

    private func read(_ text: String) -> SourceReading {
        SourceReader().read(markdown: text, file: "doc.md", baseDirectory: base)
    }

    @Test func newsletterFrontMatterMakesAMastheadAndADiary() throws {
        let reading = read("""
            ---
            title: Direct Payments News
            kind: newsletter
            issue: 12
            season: Winter 2026
            article-break: page
            events:
              - date: 2027-02-04
                what: Peer support group
                time: 10:30am to 12 noon
                place: Community Hub
              - date: 2027-01-14
                what: Drop-in about the new payment cards
            ---
            Hello.
            """)
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
        let metadata = reading.document.metadata
        #expect(metadata.newsletter.edition == "Issue 12, Winter 2026")
        #expect(metadata.newsletter.articleStartsNewPage)
        let assembly = DocumentAssembly(reading.document)
        #expect(assembly.titlePage.subtitle == "Issue 12, Winter 2026")
        let outcome = Golden.compare(TreeDump.render(assembly.backMatter), named: "newsletter-diary.tree")
        #expect(outcome.passed, "\(outcome.message)")
    }

    @Test func paperFrontMatterMakesACoverBlock() {
        let reading = read("""
            ---
            title: Day services review
            kind: paper
            date: 2026-11-18
            authors: Head of Commissioning
            meeting: Adult Social Care Board
            agenda-item: "7"
            purpose: For decision
            decision-needed: Agree the new opening hours.
            ---
            Text.
            """)
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
        let outcome = Golden.compare(
            TreeDump.render(DocumentAssembly(reading.document).frontMatter()), named: "paper-cover.tree")
        #expect(outcome.passed, "\(outcome.message)")
    }

    @Test func anIncompleteEventIsAnErrorAtItsListItem() {
        let reading = read("---\ntitle: N\nevents:\n  - date: 2027-02-04\n    place: Hub\n---\nText.\n")
        #expect(reading.diagnostics.map { $0.formatted() } == [
            "doc.md:4:5: error: Each event needs a 'date:' (YAML-MM-DD) and a 'what:' saying what it is. [incomplete-event]"
                .replacingOccurrences(of: "YAML-MM-DD", with: "YYYY-MM-DD"),
        ])
    }

    @Test func weekdaysAreRight() throws {
        #expect(try #require(CalendarDate(iso: "2027-02-04")).spelledOutWithWeekday == "Thursday 4 February 2027")
        #expect(try #require(CalendarDate(iso: "2026-11-23")).spelledOutWithWeekday == "Monday 23 November 2026")
        #expect(try #require(CalendarDate(iso: "2000-01-01")).spelledOutWithWeekday == "Saturday 1 January 2000")
    }

    /// Every format credits a part's writers the same way, in every kind of document.
    @Test func partsWithWritersGetTheSameBylineInEveryKind() {
        let part = Part(title: "News", by: ["Anna", "Jim"], blocks: [])
        for kind in [DocumentKind.newsletter, .guide, .paper] {
            let document = Document(metadata: Metadata(title: "D", kind: kind), parts: [part])
            #expect(DocumentAssembly(document).byline(for: part) == "Written by Anna and Jim")
        }
        let anonymous = Part(title: "News", blocks: [])
        #expect(DocumentAssembly(Document(metadata: Metadata(title: "D"), parts: [anonymous])).byline(for: anonymous) == nil)
    }
}
