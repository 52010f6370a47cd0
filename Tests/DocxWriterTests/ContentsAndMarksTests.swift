import Foundation
import PlainlyModel
import Testing

@testable import DocxWriter

/// The contents as Word's own table of contents, with page numbers, and the marks that say what
/// Plainly made (`WordMarks`), so `plainly import` can give back the source.
@Suite struct ContentsAndMarksTests {
    /// Five easy-read parts, each starting a page: the title page is page 1, the contents page 2.
    static func fiveParts(glossary: Bool = true) -> RealizedDocument {
        var metadata = Metadata(title: "Five parts", profile: .easyRead, reviewDate: CalendarDate(year: 2027, month: 10, day: 12))
        if glossary { metadata.glossary = [GlossaryEntry(term: "forum", explanation: "A meeting.")] }
        metadata.contact = Contact(name: "The team")
        let parts = (1...5).map { Part(title: "Part \($0)", anchor: "part-\($0)", by: ["Ann", "Bo"], status: $0 == 2 ? .draft : .agreed, blocks: [Sample.paragraph("Text.")]) }
        return RealizedDocument(Document(metadata: metadata, parts: parts), name: "guide")
    }

    @Test func theContentsAreAFieldWithAPageForEveryEntry() throws {
        let file = try DocxFile(Self.fiveParts())
        let document = file.document
        #expect(document.contains(#"<w:docPartGallery w:val="Table of Contents"/>"#))
        #expect(document.contains(#"<w:instrText xml:space="preserve"> TOC \o "1-1" \h \z \u </w:instrText>"#))
        #expect(file.tags("w:pStyle").filter { $0.contains(#""TOC1""#) }.count == 7)
        // Each entry links to its heading's bookmark and gives its page: parts start pages 3 to 7,
        // the hard words page 8, and the contact card follows them on that page.
        for (bookmark, page) in [("part_part_1", 3), ("part_part_2", 4), ("part_part_5", 7), ("p_plainly_hard_words", 8), ("p_plainly_contact", 8)] {
            #expect(document.contains(#"<w:bookmarkStart w:id=""#) && document.contains(#"w:name="\#(bookmark)"/>"#), "\(bookmark)")
            #expect(document.contains(#" PAGEREF \#(bookmark) \h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>\#(page)</w:t>"#), "\(bookmark)")
        }
        #expect(!document.contains("\u{FFFE}"))
        #expect(file.styles.contains(#"<w:name w:val="toc 1"/>"#) && file.styles.contains(#"<w:name w:val="TOC Heading"/>"#))
    }

    @Test func whatPlainlyMadeIsInTaggedContentControlsAndItsStylesSayWhatEachBlockIs() throws {
        let file = try DocxFile(Self.fiveParts())
        let tags = file.tags("w:tag").compactMap { $0.split(separator: "\"").dropFirst().first.map(String.init) }
        #expect(Set(tags) == ["plainly:contents", "plainly:hard-words", "plainly:contact", "plainly:writer", "plainly:review-date"])
        #expect(tags.filter { $0 == "plainly:writer" }.count == 10, "each writer's name of each part")
        #expect(file.document.contains(#"<w:date w:fullDate="2027-10-12T00:00:00Z"><w:dateFormat w:val="MMMM yyyy"/>"#))
        for style in [WordMarks.titlePage, WordMarks.writtenBy, WordMarks.draftNote, WordMarks.hardWord, WordMarks.contactLine] {
            #expect(file.document.contains(#"<w:pStyle w:val="\#(style.id)"/>"#), "\(style.name)")
            #expect(file.styles.contains(#"w:styleId="\#(style.id)"><w:name w:val="\#(style.name)"/>"#))
        }
        #expect(file.document.contains(#"<w:tblStyle w:val="PlainlyContactCard"/>"#))
        let settings = file.text("word/settings.xml")
        #expect(settings.contains(#"<w:docVars><w:docVar w:name="PlainlyKind" w:val="guide"/><w:docVar w:name="PlainlyProfile" w:val="easy-read"/></w:docVars>"#))
        #expect(file.isWellFormed("word/document.xml") && file.isWellFormed("word/settings.xml"))
    }

    @Test(arguments: Callout.Kind.allCases)
    func aCalloutsTableStyleSaysItsKind(kind: Callout.Kind) throws {
        let file = try DocxFile(Sample.realized([.callout(Callout(kind: kind, blocks: [Sample.paragraph("Ask us.")]))]))
        #expect(file.document.contains(#"<w:tblStyle w:val="\#(WordMarks.callout(kind).id)"/>"#))
        #expect(file.styles.contains(#"<w:name w:val="Plainly Callout \#(kind.defaultTitle)"/>"#))
    }

    @Test func emphasisAndStrongAreWordsOwnCharacterStylesBothBold() throws {
        let file = try DocxFile(Sample.realized([.paragraph(Paragraph(inlines: [.strong([.text("a")]), .emphasis([.text("b")])]))]))
        #expect(file.document.contains(#"<w:rStyle w:val="Strong"/><w:b/></w:rPr><w:t xml:space="preserve">a"#))
        #expect(file.document.contains(#"<w:rStyle w:val="Emphasis"/><w:b/></w:rPr><w:t xml:space="preserve">b"#))
        #expect(!file.styles.contains("<w:i/>"))
    }

    @Test func thePageEstimateCountsOnlyTheLettersShown() {
        #expect(PageEstimate.characters(in: #"<w:r><w:t>Ab&amp;</w:t></w:r><w:r><w:instrText> PAGEREF x \h </w:instrText></w:r>"#) == 7)
        #expect(PageEstimate.characters(in: "<w:t>é\(PageEstimate.placeholder("p_x"))</w:t>") == 3)
        var estimate = PageEstimate(bodySize: 16, pageHeight: 700)
        estimate.heading("p_a")
        estimate.newPage()
        estimate.heading("p_b")
        #expect(estimate.fillIn("1:\(PageEstimate.placeholder("p_a")) 2:\(PageEstimate.placeholder("p_b"))") == "1:1 2:2")
        for _ in 0..<40 { estimate.paragraph(characters: 200, width: 9_000, size: 16) }
        #expect(estimate.page > 2, "a page that is full runs on to the next")
    }
}
