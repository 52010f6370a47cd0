import PlainlyModel
import Testing

/// Easy read: each sentence on a line of its own, put in once when the document is realized, so
/// every format breaks the same lines.
@Suite struct SentenceLinesTests {
    /// The inlines as text, a line break as "|".
    func shown(_ inlines: [Inline]) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let node): node.string
            case .lineBreak: "|"
            case .strong(let node): "*" + shown(node.children) + "*"
            case .emphasis(let node): "_" + shown(node.children) + "_"
            case .link(let node): "[" + shown(node.children) + "]"
            }
        }.joined()
    }

    @Test(arguments: [
        ("Come to the meeting. Bring a friend! Is it free? Yes.", "Come to the meeting.|Bring a friend!|Is it free?|Yes."),
        ("Dr. Patel is there, e.g. on Monday.", "Dr. Patel is there, e.g. on Monday."),
        ("One sentence only.", "One sentence only."),
        ("It ends here.  Two spaces before this.", "It ends here.|Two spaces before this."),
    ])
    func sentencesAreSplit(text: String, expected: String) {
        #expect(shown(SentenceLines.split([.text(text)])) == expected)
    }

    @Test func aSentenceEndAcrossNodesIsFound() {
        let inlines: [Inline] = [.text("This is called an "), .strong([.text("involvement fee")]), .text(". We pay it "),
                                 .link("https://example.org", [.text("each month")]), .text(". Ask us.")]
        #expect(shown(SentenceLines.split(inlines)) == "This is called an *involvement fee*.|We pay it [each month].|Ask us.")
    }

    @Test func anExistingLineBreakIsKept() {
        #expect(shown(SentenceLines.split([.text("First line."), .lineBreak(LineBreak()), .text("Second. Third.")]))
                == "First line.|Second.|Third.")
    }

    @Test func onlyEasyReadIsChangedWhenRealized() {
        let part = Part(blocks: [.paragraph(Paragraph(inlines: [.text("One. Two.")]))])
        for profile in Profile.allCases {
            let realized = RealizedDocument(Document(metadata: Metadata(title: "T", profile: profile), parts: [part]), name: "t")
            guard case .paragraph(let paragraph) = realized.document.parts[0].blocks[0] else {
                Issue.record("the paragraph is kept")
                continue
            }
            #expect(shown(paragraph.inlines) == (profile == .easyRead ? "One.|Two." : "One. Two."))
        }
    }
}
