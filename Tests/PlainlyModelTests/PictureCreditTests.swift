import PlainlyModel
import Testing

/// The Mulberry Symbols' licence asks for a credit wherever they are used: the assembly adds it
/// once, at the end, for every format, when (and only when) a bank picture is used.
@Suite struct PictureCreditTests {
    static func document(_ pictures: [Picture]) -> Document {
        let blocks = pictures.map { picture in
            Block.easyReadRow(EasyReadRow(picture: picture, lines: [TextLine(inlines: [.text("Some text.")])]))
        }
        return Document(metadata: Metadata(title: "Guide"), parts: [Part(blocks: [.callout(Callout(kind: .note, title: nil, blocks: blocks))])])
    }

    static let bank = Picture(source: .bank(name: "doctor_1a"), words: .description("A doctor"))
    static let file = Picture(source: .file(written: "bus.svg", path: "bus.svg"), words: .description("A bus"))
    static let slot = Picture(source: .slot, words: .description("A phone"))

    @Test func aBankPictureAnywhereBringsTheCreditAsTheLastBlock() {
        let assembly = DocumentAssembly(Self.document([Self.file, Self.bank]))
        let credit = Block.paragraph(Paragraph(inlines: [.text(Wording.pictureCredit)]))
        #expect(assembly.pictureCredit == [credit])
        #expect(assembly.backMatter.last == credit)
        #expect(Wording.pictureCredit == "Pictures: Mulberry Symbols © Steve Lee, CC BY-SA 4.0")
    }

    @Test func noBankPictureNoCredit() {
        let assembly = DocumentAssembly(Self.document([Self.file, Self.slot]))
        #expect(assembly.pictureCredit.isEmpty)
        #expect(!TreeDump.render(assembly.document).contains("Mulberry"))
    }

    @Test func aBankPictureIsChosenAndKeptUnderItsBankName() {
        #expect(!Self.bank.isSlot)
        #expect(Self.bank.isFromBank)
        #expect(Self.bank.path == "bank:doctor_1a")
        #expect(Self.bank.filePath == nil)
        #expect(Self.file.filePath == "bus.svg")
    }
}
