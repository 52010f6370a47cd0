import Foundation
import PlainlyModel
import Testing

@testable import DocumentReaders

/// A Word file's parts as trees, opened with the reader's limits: for `plainly import`'s reader of
/// Plainly's own Word files.
@Suite struct WordPackageTests {
    let maker: WordFileMaker
    init() throws { maker = try WordFileMaker() }

    @Test func aPartIsATreeWithItsPrefixesResolved() throws {
        let xml = Array(#"<?xml version="1.0"?><x:document xmlns:x="\#(WordFileMaker.namespace)"><x:body><x:p><x:r><x:t>Ask us.</x:t></x:r></x:p></x:body></x:document>"#.utf8)
        let url = try maker.make("good.docx", document: xml)
        let package = try WordPackage(url: url, displayPath: "good.docx")
        #expect(package.mainPart == "word/document.xml")
        let root = try #require(try package.tree(of: package.mainPart))
        #expect(root.name == "w:document")
        #expect(root.descendants("w:t").map(\.text) == ["Ask us."])
        #expect(try package.tree(of: "word/missing.xml") == nil)
    }

    @Test func damagedXMLIsAnErrorNamingThePart() throws {
        let url = try maker.make("bad.docx", document: Array("<w:document><w:body></w:document>".utf8))
        let package = try WordPackage(url: url, displayPath: "bad.docx")
        #expect(throws: ReadError.self) { try package.tree(of: "word/document.xml") }
    }

    @Test func aFileThatIsNotAZipIsRefused() throws {
        let url = maker.folder.appendingPathComponent("notes.docx")
        try Data("just words".utf8).write(to: url)
        #expect(throws: ReadError.self) { try WordPackage(url: url, displayPath: "notes.docx") }
    }
}
