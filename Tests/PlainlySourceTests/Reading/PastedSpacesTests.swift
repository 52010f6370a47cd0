import Foundation
import PlainlyModel
import PlainlySource
import Testing

/// Pasted text: non-breaking and repeated spaces become single ordinary spaces as the source is read,
/// with one note per file at the first place; quotes, dashes and code are left as written.
@Suite struct PastedSpacesTests {
    let base = URL(fileURLWithPath: "/nonexistent-base")

    private func read(_ markdown: String) -> SourceReading {
        SourceReader().read(markdown: markdown, file: "news.md", baseDirectory: base)
    }

    private func paragraphs(_ reading: SourceReading) -> [String] {
        reading.document.parts.flatMap(\.blocks).compactMap { block in
            if case .paragraph(let paragraph) = block { paragraph.inlines.plainText } else { nil }
        }
    }

    private func notes(_ reading: SourceReading) -> [Diagnostic] {
        reading.diagnostics.filter { $0.id == "pasted-spaces" }
    }

    @Test func nonBreakingAndDoubleSpacesBecomeOrdinarySingleSpaces() throws {
        let reading = read("""
            # News

            Our voices can be left\u{00A0}voiceless when\u{00A0}\u{00A0}the group is  too big.

            Pay\u{202F}day is the 4th,\u{2007}not the 5th.\tAsk us.
            """)
        #expect(paragraphs(reading) == [
            "Our voices can be left voiceless when the group is too big.",
            "Pay day is the 4th, not the 5th. Ask us.",
        ])
        let note = try #require(notes(reading).first)
        #expect(notes(reading).count == 1)
        #expect(note.severity == .note)
        #expect(note.location?.line == 3)
        #expect(note.message.contains("5 non-breaking spaces"), "\(note.message)")
        #expect(note.message.contains("1 repeated space "), "\(note.message)")
    }

    @Test func aSpaceBeforeALineEndDoesNotDoubleTheSoftBreak() {
        let reading = read("First line\u{00A0}\nsecond line.\n")
        #expect(paragraphs(reading) == ["First line second line."])
    }

    @Test func spacesAcrossEmphasisAreJoinedOnce() {
        let reading = read("Come  *along*  to the  **group**.\n")
        #expect(paragraphs(reading) == ["Come along to the group."])
    }

    @Test func quotesDashesAndCodeAreKeptAsWritten() {
        let reading = read("\u{201C}Yes\u{201D} \u{2013} it\u{2019}s `a  b` here.\n")
        #expect(paragraphs(reading) == ["\u{201C}Yes\u{201D} \u{2013} it\u{2019}s a  b here."])
        #expect(notes(reading).isEmpty)
    }

    @Test func cleanTextHasNoNote() {
        let reading = read("# Title\n\nOne sentence. Two sentences.\n")
        #expect(notes(reading).isEmpty)
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
    }
}
