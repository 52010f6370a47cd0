import Testing

@testable import PlainlyModel

/// What Foundation's XML parser would crash on is refused before it sees it (found by fuzzing).
@Suite struct XMLPreflightTests {
    @Test(arguments: [
        ("<a><?xmn?></a>", 3), ("<?xmn ?>", 0), ("<?x\n?>", 0),
    ])
    func anEmptyProcessingInstructionIsFound(text: String, offset: Int) {
        #expect(XMLPreflight.problem(in: Array(text.utf8))?.offset == offset)
    }

    @Test(arguments: ["<?xml version=\"1.0\"?><a/>", "<a><?mso-application progid=\"Word.Document\"?></a>", "<a>x ? y</a>", "<a><!-- <? --></a>x?>"])
    func realInstructionsPass(text: String) {
        #expect(XMLPreflight.problem(in: Array(text.utf8)) == nil)
    }

    @Test func bytesThatAreNotUTF8AreFoundWhereTheyAre() {
        let bytes: [UInt8] = Array("<a><".utf8) + [0xE9] + Array("t/></a>".utf8)
        #expect(XMLPreflight.problem(in: bytes) == .init(offset: 4, reason: "the text is not UTF-8"))
    }

    @Test(arguments: [("<a>\u{0}</a>", 3), ("<a/>\u{1}", 4), ("<a>\u{1F}</a>", 3)])
    func controlCharactersXMLForbidsAreFound(text: String, offset: Int) {
        #expect(XMLPreflight.problem(in: Array(text.utf8))?.offset == offset)
    }

    @Test func tabsAndLineBreaksAreFine() {
        #expect(XMLPreflight.problem(in: Array("<a>\tone\r\ntwo\n</a>".utf8)) == nil)
    }
}
