import Foundation
import FuzzSupport
import Testing
import ZIPFoundation

/// FuzzDocx either passes a whole `.docx` through or zips the XML it is given.
@Suite struct DocxInputTests {
    func parts(of file: Data) throws -> [String: String] {
        let archive = try Archive(data: file, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = String(decoding: data, as: UTF8.self)
        }
        return parts
    }

    @Test func xmlIsZippedAsTheDocumentAndItsStyles() throws {
        let input = Data("<w:document/>\0<w:styles/>".utf8)
        #expect(try parts(of: DocxInput.file(from: input)) == [
            "word/document.xml": "<w:document/>", "word/styles.xml": "<w:styles/>",
        ])
    }

    @Test func xmlWithoutANULIsTheDocumentAlone() throws {
        #expect(try parts(of: DocxInput.file(from: Data("<w:document/>".utf8))) == ["word/document.xml": "<w:document/>"])
        #expect(try parts(of: DocxInput.file(from: Data())) == ["word/document.xml": ""])
    }

    @Test func theSameInputMakesTheSameArchive() {
        let input = Data("<w:document><w:body/></w:document>".utf8)
        #expect(DocxInput.file(from: input) == DocxInput.file(from: input))
    }

    @Test func aZipIsTakenAsItIs() {
        let zip = DocxInput.file(from: Data("<w:document/>".utf8))
        #expect(zip.starts(with: DocxInput.zipSignature))
        #expect(DocxInput.file(from: zip) == zip)
        let broken = DocxInput.zipSignature + Data([1, 2, 3])
        #expect(DocxInput.file(from: broken) == broken)
    }
}
