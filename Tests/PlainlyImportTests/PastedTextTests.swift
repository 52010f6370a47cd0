import Testing

@testable import PlainlyImport

/// Text pasted from a web page or an email, tidied so its paragraphs, headings and lists are seen.
@Suite struct PastedTextTests {
    @Test func singleNewlinesSeparateParagraphsWhenLinesAreNotWrapped() {
        let pasted = "Money for carers\nCarers can get help with the cost of a break. Ask us.\n• Help with travel\n• Help with a break\nCall\u{00A0}us  on  0800 123."
        #expect(PastedText.normalise(pasted) == """
            Money for carers

            Carers can get help with the cost of a break. Ask us.

            - Help with travel
            - Help with a break

            Call us on 0800 123.
            """)
    }

    @Test func hardWrappedLinesStayOneParagraph() {
        let wrapped = """
            The board is asked to note the contents of this report and to approve
            option 2, which would use the underspend from the current year to pay
            for more breaks for carers across the county.
            """
        #expect(PastedText.isHardWrapped(wrapped.split(separator: "\n").map(String.init)))
        #expect(PastedText.normalise(wrapped) == wrapped)
    }

    @Test(arguments: ["- a", "* a", "1. a", "12) a", "  - nested"])
    func listItemsAreSeen(line: String) {
        #expect(PastedText.isListItem(line))
    }
}
