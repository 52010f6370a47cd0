import Foundation
import PlainlyModel
import Readability
import Testing
import ZIPFoundation

@testable import DocumentReaders

/// Word files that are damaged or built to cause harm: each is an error naming the file, never a
/// crash, a hang, unbounded memory or a quiet "0 words".
@Suite struct DocxLimitsTests {
    let maker: WordFileMaker
    init() throws { maker = try WordFileMaker() }

    func read(_ url: URL, reader: DocxReader = DocxReader()) throws(ReadError) -> Document {
        try reader.read(at: url, displayPath: url.lastPathComponent)
    }

    func words(_ document: Document) -> Int { Checker(.plain).check(document).counts.words }

    /// Stored and deflated entries both read; the text is all there.
    @Test(arguments: [true, false])
    func goodDocumentReads(stored: Bool) throws {
        let xml = WordFileMaker.documentXML(paragraphs: ["Carers can get help.", "Ask us."])
        let url = try maker.make("good.docx", document: xml, method: stored ? .none : .deflate)
        #expect(words(try read(url)) == 6)
    }

    /// `<été>`: an element name that is not UTF-8 killed `check` with SIGILL inside FoundationXML.
    @Test func elementNameThatIsNotUTF8IsAnError() throws {
        var xml = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:document xmlns:w=\"\(WordFileMaker.namespace)\"><w:body>\n<".utf8)
        xml += [0xE9, 0x74, 0xE9] + Array(">x</".utf8) + [0xE9, 0x74, 0xE9] + Array("></w:body></w:document>".utf8)
        let url = try maker.make("latin1.docx", document: xml)
        let error = #expect(throws: ReadError.self) { try read(url) }
        #expect(error == .badXML(path: "latin1.docx", part: "word/document.xml", line: 3, column: 2, reason: "the text is not UTF-8"))
        #expect(error?.description.hasPrefix("latin1.docx: error: the Word document is damaged: word/document.xml line 3, column 2") == true)
    }

    /// One flipped bit in the compressed `document.xml` made ZIPFoundation's inflate loop spin for
    /// ever. Every single flip in the compressed data now ends, most with an error; none may be
    /// accepted with text that is not the document's.
    @Test func everyFlippedBitEnds() throws {
        let paragraphs = (1...40).map { "Paragraph \($0) says what carers can get and how to ask for it." }
        let url = try maker.make("flip.docx", document: WordFileMaker.documentXML(paragraphs: paragraphs))
        let original = try [UInt8](Data(contentsOf: url))
        let data = WordFileMaker.firstEntryData(in: original)
        try #require(data.count > 100)
        var refused = 0
        for offset in stride(from: data.lowerBound, to: data.upperBound, by: max(1, data.count / 60)) {
            for bit in [0, 3, 7] {
                var bytes = original
                bytes[offset] ^= 1 << bit
                let flipped = maker.folder.appendingPathComponent("flipped.docx")
                try Data(bytes).write(to: flipped)
                do {
                    let document = try read(flipped)
                    // Only a flip that leaves the same text (the checksum would catch any other) may pass.
                    #expect(words(document) == words(try read(url)))
                } catch {
                    refused += 1
                    #expect(error.description.hasPrefix("flipped.docx: error: "))
                }
            }
        }
        #expect(refused > 0)
    }

    /// The inflate loop itself: compressed data cut short, or a stream that never ends, is an error.
    @Test func inflateStopsWhenTheDataEnds() throws {
        let xml = WordFileMaker.documentXML(paragraphs: Array(repeating: "Some words to squeeze.", count: 200))
        let url = try maker.make("whole.docx", document: xml)
        let bytes = try [UInt8](Data(contentsOf: url))
        let compressed = Array(bytes[WordFileMaker.firstEntryData(in: bytes)])
        #expect(try ZipArchive.inflate(compressed, limit: 1 << 20, path: "x", name: "part") == xml)
        for cut in [1, compressed.count / 2, compressed.count - 1] {
            #expect(throws: ReadError.self) { try ZipArchive.inflate(Array(compressed[..<cut]), limit: 1 << 20, path: "x", name: "part") }
        }
    }

    /// The case that spun for ever: a deflate stream whose stored block claims 65,535 bytes more than
    /// there are (the entry written stored, then marked deflated). ZIPFoundation fed the inflater
    /// empty chunks past the end of the file, waiting for an end that never came.
    @Test func streamThatNeverEndsIsAnError() throws {
        let raw: [UInt8] = [0x00, 0xFF, 0xFF, 0x00, 0x00] + Array("<w:document>".utf8)
        #expect(throws: ReadError.self) { try ZipArchive.inflate(raw, limit: 1 << 20, path: "x", name: "part") }
        let url = try maker.make("spin.docx", document: raw, method: .none)
        var bytes = try [UInt8](Data(contentsOf: url))
        bytes[8] = 8  // the local header's method: deflate
        let directory = try #require((0..<(bytes.count - 4)).first { bytes[$0..<($0 + 4)].elementsEqual([0x50, 0x4B, 0x01, 0x02]) })
        bytes[directory + 10] = 8  // and the central directory's
        try Data(bytes).write(to: url)
        #expect(throws: ReadError.notADocx(path: "spin.docx", reason: "word/document.xml is cut short or damaged: its compressed data ends too soon")) {
            try read(url)
        }
    }

    /// A small file that inflates far past its size (a zip bomb) is refused by its ratio while it
    /// inflates, long before it fills memory.
    @Test func zipBombIsRefusedByItsRatio() throws {
        let padding = [UInt8](repeating: 0x20, count: 8 << 20)  // 8 MB of spaces: about 1000:1
        var xml = WordFileMaker.documentXML(paragraphs: ["Hello."])
        xml.insert(contentsOf: padding, at: xml.count - "</w:document>".utf8.count)
        let url = try maker.make("bomb.docx", document: xml)
        #expect(try Data(contentsOf: url).count < 100_000)
        let error = #expect(throws: ReadError.self) { try read(url) }
        #expect(error?.description.contains("would expand more than \(InputLimits.maximumCompressionRatio) times") == true)
    }

    /// Below the ratio floor, markup that compresses very well is still read.
    @Test func smallRepetitiveDocumentIsRead() throws {
        let url = try maker.make("tables.docx", document: WordFileMaker.documentXML(paragraphs: Array(repeating: "Yes", count: 20_000)))
        #expect(words(try read(url)) == 20_000)
    }

    /// Declared sizes past the limit are refused before anything is inflated; sizes that lie are
    /// caught by the hard cap while inflating.
    @Test func declaredAndActualSizesAreCapped() throws {
        // About 2 MB of text that compresses less than 200:1.
        let paragraphs = (0..<40_000).map { "Line \($0 * 7919 % 100_003)." }
        let xml = WordFileMaker.documentXML(paragraphs: paragraphs)
        let url = try maker.make("big.docx", document: xml)
        let small = DocxReader(maximumExpandedBytes: 1 << 20)
        #expect(throws: ReadError.archiveTooLarge(path: "big.docx", limit: 1 << 20)) { try read(url, reader: small) }

        var bytes = try [UInt8](Data(contentsOf: url))
        WordFileMaker.claimSize(1000, in: &bytes)  // a lie: it is about 2 MB
        let liar = maker.folder.appendingPathComponent("liar.docx")
        try Data(bytes).write(to: liar)
        #expect(throws: ReadError.archiveTooLarge(path: "liar.docx", limit: 1 << 20)) { try read(liar, reader: small) }
        #expect(throws: ReadError.self) { try read(liar) }  // its size is not what it says

        WordFileMaker.claimSize(UInt32(InputLimits.maximumInputBytes + 1), in: &bytes)
        try Data(bytes).write(to: liar)
        #expect(throws: ReadError.archiveTooLarge(path: "liar.docx", limit: InputLimits.maximumInputBytes)) { try read(liar) }
    }

    /// Declared sizes that add up past `InputLimits.maximumExpandedBytes`, or more entries than
    /// `InputLimits.maximumArchiveEntries`, are refused from the archive's directory alone.
    @Test func archiveDirectoryLimits() throws {
        let url = try maker.make("huge.docx", document: WordFileMaker.documentXML(paragraphs: ["Hello."]))
        var bytes = try [UInt8](Data(contentsOf: url))
        WordFileMaker.claimSize(UInt32(InputLimits.maximumExpandedBytes + 1), in: &bytes)
        try Data(bytes).write(to: url)
        #expect(throws: ReadError.archiveTooLarge(path: "huge.docx", limit: InputLimits.maximumExpandedBytes)) { try read(url) }

        let many = try maker.make("many.docx", document: WordFileMaker.documentXML(paragraphs: ["Hello."]))
        var manyBytes = try [UInt8](Data(contentsOf: many))
        let end = try #require((0..<(manyBytes.count - 4)).last { manyBytes[$0..<($0 + 4)].elementsEqual([0x50, 0x4B, 0x05, 0x06]) })
        let count = InputLimits.maximumArchiveEntries + 1
        for field in [8, 10] {  // entries on this disk, and in all
            manyBytes[end + field] = UInt8(count & 0xFF)
            manyBytes[end + field + 1] = UInt8(count >> 8)
        }
        try Data(manyBytes).write(to: many)
        #expect(throws: ReadError.notADocx(path: "many.docx", reason: "it lists 10001 files; a Word document has at most a few hundred")) { try read(many) }
    }

    /// Mismatched and missing end tags, and a document cut short, were read as 0 words.
    @Test(arguments: [
        ("<w:p><w:r><w:t>Hi there.</w:p></w:r>", "line 2"),
        ("<w:p><w:r><w:t>Hi there.</w:t></w:r>", "line 2"),
        ("<w:p><w:r><w:t>Hi there.</w:t></w:r></w:p></w:tbl>", "line 2"),
    ])
    func badTagsAreErrors(body: String, mentions: String) throws {
        let xml = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:document xmlns:w=\"\(WordFileMaker.namespace)\"><w:body>\(body)</w:body></w:document>".utf8)
        let url = try maker.make("tags.docx", document: xml)
        let error = #expect(throws: ReadError.self) { try read(url) }
        #expect(error?.description.hasPrefix("tags.docx: error: the Word document is damaged: word/document.xml") == true)
        #expect(error?.description.contains(mentions) == true, "\(String(describing: error))")
        #expect(error?.description.contains("an end tag does not match the element it closes") == true)
    }

    @Test func truncatedDocumentIsAnError() throws {
        let xml = WordFileMaker.documentXML(paragraphs: ["Carers can get help.", "Ask us about it."])
        let url = try maker.make("cut.docx", document: Array(xml[..<(xml.count * 2 / 3)]))
        let error = #expect(throws: ReadError.self) { try read(url) }
        #expect(error?.description.hasPrefix("cut.docx: error: the Word document is damaged: word/document.xml") == true)
    }

    /// Elements nested past `InputLimits.maximumXMLDepth` are refused with the line and column.
    @Test func deepNestingIsRefused() throws {
        func nested(_ depth: Int) -> [UInt8] {
            let open = String(repeating: "<w:sdt>", count: depth), close = String(repeating: "</w:sdt>", count: depth)
            return Array("<w:document xmlns:w=\"\(WordFileMaker.namespace)\"><w:body>\(open)<w:p><w:r><w:t>Deep.</w:t></w:r></w:p>\(close)</w:body></w:document>".utf8)
        }
        let fine = try maker.make("fine.docx", document: nested(InputLimits.maximumXMLDepth - 10))
        #expect(words(try read(fine)) == 1)
        let deep = try maker.make("deep.docx", document: nested(InputLimits.maximumXMLDepth + 1))
        let error = #expect(throws: ReadError.self) { try read(deep) }
        #expect(error?.description.contains("nest more than \(InputLimits.maximumXMLDepth) deep") == true, "\(String(describing: error))")
        // Far deeper, the markup compresses so well that its ratio refuses it before it is parsed.
        let deeper = try maker.make("deeper.docx", document: nested(100_000))
        #expect(throws: ReadError.self) { try read(deeper) }
    }

    /// Entities are how XML expands without limit; Word never writes a DTD.
    @Test func documentTypeDeclarationIsRefused() throws {
        let xml = Array("<?xml version=\"1.0\"?>\n<!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\">]>\n<w:document xmlns:w=\"\(WordFileMaker.namespace)\"><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>".utf8)
        let url = try maker.make("dtd.docx", document: xml)
        #expect(throws: ReadError.badXML(path: "dtd.docx", part: "word/document.xml", line: 2, column: 1, reason: "it has a document type declaration, which Word never writes")) { try read(url) }
    }

    /// libxml2 would read the bytes in the encoding the declaration names; Word writes only UTF-8.
    @Test func otherDeclaredEncodingIsRefused() throws {
        let xml = Array("<?xml version=\"1.0\" encoding=\"UTF-16\"?><w:document xmlns:w=\"\(WordFileMaker.namespace)\"/>".utf8)
        let url = try maker.make("utf16.docx", document: xml)
        #expect(throws: ReadError.badXML(path: "utf16.docx", part: "word/document.xml", line: 1, column: 1, reason: "it says its text is UTF-16, but Word writes only UTF-8")) { try read(url) }
    }

    @Test func notAZipOrNoDocumentIsAnError() throws {
        let text = maker.folder.appendingPathComponent("text.docx")
        try Data("just some text, long enough to look for a zip directory in".utf8).write(to: text)
        #expect(throws: ReadError.notADocx(path: "text.docx", reason: "it is not a zip archive")) { try read(text) }
        let empty = maker.folder.appendingPathComponent("empty.docx")
        try Data().write(to: empty)
        #expect(throws: ReadError.notADocx(path: "empty.docx", reason: "it is not a zip archive")) { try read(empty) }
    }
}
