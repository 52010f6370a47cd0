import DocumentReaders
import PlainlyModel
import Testing

@testable import PlainlyImport

/// Text pasted from a web page or an email: the shared reader finds its structure, then only the
/// spaces inside its words are tidied.
@Suite struct PastedTextTests {
    @Test func spacesAreTidiedAndTheStructureKept() {
        let pasted = "Money for carers\nCarers can get help with the cost of a break.\tAsk us.\n• Help with travel\n• Help with a break\nCall\u{00A0}us  on  0800 123.  "
        let blocks = PastedText.tidied(PlainTextReader().read(pasted, file: "pasted.txt").parts[0].blocks)
        #expect(StructureOutline.lines(of: blocks) == [
            "heading 2: Money for carers",
            "paragraph: Carers can get help with the cost of a break. Ask us.",
            "bullets: Help with travel | Help with a break",
            "paragraph: Call us on 0800 123.",
        ])
    }

    /// A wrapped paragraph keeps its line breaks; each line is tidied on its own.
    @Test func wrappedLinesAreTidiedOneByOne() {
        #expect(PastedText.tidied("The board is  asked to\u{202F}note  \nthe contents.") == "The board is asked to note\nthe contents.")
    }
}
