import DocumentReaders
import PlainlyModel
import PlainlyTestSupport
import Readability
import Testing

/// How the `.txt` reader turns lines into paragraphs, headings and list items, in hard-wrapped text
/// and in text whose every line is its own paragraph (`PlainTextShape`).
@Suite struct PlainTextReaderTests {
    func units(_ text: String) -> [(kind: TextUnit.Kind, text: String)] {
        UnitCollector.units(of: PlainTextReader().read(text, file: "text.txt")).map { ($0.kind, $0.text) }
    }

    /// A wrapped email keeps its paragraphs whole; a heading written straight above its paragraph, and
    /// a bullet's wrapped second line, are seen for what they are.
    @Test func hardWrappedEmail() {
        let found = units(PlainTextSamples.wrappedEmail)
        #expect(found.map(\.kind) == [.paragraph, .paragraph, .heading, .paragraph, .listItem, .listItem, .paragraph])
        #expect(found[1].text.hasPrefix("Thank you to everyone"))
        #expect(found[1].text.hasSuffix("the long form again."))
        #expect(found[2].text == "Next steps")
        #expect(found[4].text == "Help with the cost of travel to the day centre and back, paid from the\ncarers fund.")
        #expect(found[6].text == "Best wishes,\nSam")
    }

    /// The second line of a wrapped paragraph keeps its own line number, and a wrapped item its column.
    @Test func hardWrappedLinesKeepTheirPlaces() {
        let document = PlainTextReader().read(PlainTextSamples.wrappedEmail, file: "email.txt")
        let units = UnitCollector.units(of: document)
        let second = units[1].location(ofOffset: units[1].text.utf8.count - 5)
        #expect(second.line == 5)
        #expect(units[4].location == SourceLocation(file: "email.txt", line: 10, column: 3))
    }

    /// Text from a web page: every line its own paragraph, and its title, subtitle and headings apart
    /// rather than run into one long sentence.
    @Test func oneParagraphALine() {
        let found = units(PlainTextSamples.webText)
        #expect(found.map(\.kind) == [.heading, .heading, .heading, .paragraph, .paragraph, .heading, .paragraph])
        #expect(found.map(\.text)[0...2] == ["Help for carers", "What you can get and how to ask", "Money for short breaks"])
        #expect(found[4].text == "Ask us.")
    }

    /// Two short sentences on two lines are two paragraphs when nothing says the text was wrapped.
    @Test func shortLinesAreParagraphsOfTheirOwn() {
        #expect(units("Do it.\nIt will make you feel good.").map(\.text) == ["Do it.", "It will make you feel good."])
    }

    /// A short line without a full stop heads the text after it; at the very end ("Thanks, Sam")
    /// it heads nothing, so it stays a paragraph. A `#` heading is a heading wherever it is.
    @Test func aHeadingLikeLineWithNothingAfterItIsAParagraph() {
        #expect(units("Coffee morning\n\nCome and meet other carers.\n\nThanks, Sam\n").map(\.kind)
            == [.heading, .paragraph, .paragraph])
        #expect(units(PlainTextSamples.wrappedEmail + "\n\nThanks, Sam\n").map(\.kind).last == .paragraph)
        #expect(units("Coffee morning\nWhat to bring\n- A friend\n").map(\.kind) == [.heading, .heading, .listItem])
        #expect(units("Some text.\n\n# Notes\n").map(\.kind) == [.paragraph, .heading])
    }

    @Test(arguments: ["-", "*", "•", "·", "1.", "1)"])
    func listItemsInEitherShape(marker: String) {
        let lines = "\(marker) Help with travel\n\(marker) Help with a break\n"
        for text in [lines, PlainTextSamples.wrappedEmail + "\n\n" + lines] {
            let blocks = PlainTextReader().read(text, file: "list.txt").parts[0].blocks
            guard case .list(let list)? = blocks.last else {
                Issue.record("no list for \(marker)")
                continue
            }
            #expect(list.isNumbered == marker.first!.isNumber)
            #expect(list.items.count == 2)
        }
    }

    /// `===` and `---` under a line still make it a heading when every line is a paragraph.
    @Test func underlinedHeadingLineByLine() {
        let found = units("Money for carers\n================\nCarers can get help.\nHow to ask\n----------\nCall us.")
        #expect(found.map(\.kind) == [.heading, .paragraph, .heading, .paragraph])
        #expect(found[2].text == "How to ask")
    }
}
