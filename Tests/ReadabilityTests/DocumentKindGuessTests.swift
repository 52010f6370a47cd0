import PlainlyModel
import Readability
import Testing

/// A Word file, web page or text file is held to the board-paper rules only when its headings
/// look like a paper's.
@Suite struct DocumentKindGuessTests {
    static func part(_ headings: [String]) -> Part {
        Part(blocks: headings.flatMap { heading -> [Block] in
            [.heading(Heading(level: 2, inlines: [.text(Text(heading))])),
             .paragraph(Paragraph(inlines: [.text(Text("Some words."))]))]
        })
    }

    @Test(arguments: [
        (["Purpose of this report", "Details"], DocumentKind.paper),
        (["Summary", "Decision required"], .paper),
        (["Background", "Recommendations", "Next steps"], .paper),
        (["Our day out", "What we did", "Recommendations for next time"], .guide),
        (["How to apply", "Who can help"], .guide),
        ([], .guide),
    ])
    func headingsTellAPaper(headings: [String], kind: DocumentKind) {
        #expect(DocumentKindGuess.kind(of: [Self.part(headings)]) == kind)
    }
}
