import Foundation
import Testing

@testable import PDFWriter

/// The post-pass's own reader and writer of Cairo's PDF: Swift values in, Swift values out.
@Suite struct PDFFileTests {
    static func pdf() throws -> Data { try PDFWriterTests.render().files[0].contents }

    @Test func valuesWrittenAreReadBackTheSame() throws {
        let document = try PDFFile(pdf: try Self.pdf())
        let value = PDFValue.dictionary([
            "Name": .name("Figure"), "Words": .text("Tea & cake, £3 — “free”"), "Flag": .bool(true),
            "Count": .integer(-7), "List": .array([.integer(1), .name("Two"), .dictionary(["Inner": .text("three")])]),
            "Nested": .dictionary(["Deeper": .dictionary(["Deepest": .name("End")]), "After": .integer(2)]),
            "Page": .reference(try #require(document.pages.first)),
        ])
        document.set("PlainlyTest", value, in: document.catalog)
        try document.check("setting a test value")
        #expect(document.object(document.catalog)["PlainlyTest"] == value)

        let reread = try PDFFile(bytes: try document.write())
        #expect(reread.object(reread.catalog)["PlainlyTest"]?["Words"] == .text("Tea & cake, £3 — “free”"))
        #expect(reread.object(reread.catalog)["PlainlyTest"]?["Nested"] == value["Nested"])
    }

    @Test func settingNothingRemovesTheKey() throws {
        let document = try PDFFile(pdf: try Self.pdf())
        let page = try #require(document.pages.first)
        document.set("Tabs", .name("S"), in: page)
        #expect(document.object(page)["Tabs"] == .name("S"))
        document.set("Tabs", nil, in: page)
        #expect(document.object(page)["Tabs"] == nil)
    }

    @Test func newObjectsAndStreamsGetNumbersOfTheirOwn() throws {
        let document = try PDFFile(pdf: try Self.pdf())
        let element = document.add(.dictionary(["S": .name("Document")]))
        let stream = document.addStream(Array("<x/>".utf8), dictionary: ["Type": .name("Metadata")])
        #expect(element != stream && element > 0 && stream > 0)
        #expect(document.object(element)["S"] == .name("Document"))
        #expect(document.object(stream)["Type"] == .name("Metadata"))
    }

    @Test func aNumberTheFileDoesNotHaveIsNull() throws {
        let document = try PDFFile(pdf: try Self.pdf())
        #expect(document.object(10_000_000) == .null)
    }

    @Test func somethingThatIsNotAPDFIsAClearError() {
        #expect {
            _ = try PDFFile(pdf: Data("not a PDF at all".utf8))
        } throws: { error in
            guard case .postPass(let step, _) = error as? PDFWriterError else { return false }
            return step == "reading the PDF Cairo wrote"
        }
    }

    /// Reading stops at `deepestNesting` levels of direct values, so a damaged file cannot make
    /// the reader recurse without end: the object is unreadable and the next check says why.
    @Test func valuesNestedPastTheLimitAreAnError() throws {
        let document = try PDFFile(pdf: try Self.pdf())
        var deep = PDFValue.integer(1)
        for _ in 0..<(PDFFile.deepestNesting * 2) { deep = .array([deep]) }
        document.set("PlainlyDeep", deep, in: document.catalog)
        let reread = try PDFFile(bytes: try document.write())
        #expect(reread.object(reread.catalog) == .null)
        #expect {
            try reread.check("reading the catalog")
        } throws: { error in
            guard case .postPass(let step, let reason) = error as? PDFWriterError else { return false }
            return step == "reading the catalog" && reason.contains("nested more than \(PDFFile.deepestNesting) deep")
        }
    }

    /// Objects the post-pass does not change are copied byte for byte, so a page's fonts and
    /// pictures are never parsed, let alone rewritten.
    @Test func unchangedObjectsAreCopiedAsTheyAre() throws {
        let pdf = try Self.pdf()
        let document = try PDFFile(pdf: pdf)
        let fonts = document.allObjects.filter { $0["FontFile2"] != nil }
        let rewritten = try document.write()
        #expect(rewritten.count >= pdf.count - 64, "nothing is dropped")
        let reread = try PDFFile(bytes: rewritten)
        #expect(reread.allObjects.filter { $0["FontFile2"] != nil } == fonts)
    }

    /// Strings are read as PDF writes them: escapes, octal codes, nested brackets, line
    /// continuations, UTF-16 with its byte-order mark, and hex.
    @Test(arguments: [
        ("(a\\(b\\)c)", "a(b)c"), ("(x (nested) y)", "x (nested) y"), ("(\\101\\102C)", "ABC"),
        ("(one\\\ntwo)", "onetwo"), ("<FEFF00A3 0033>", "£3"), ("<48 69>", "Hi"), ("<4>", "@"),
    ])
    func stringsAreReadAsWritten(written: String, text: String) throws {
        var syntax = PDFSyntax(Array(written.utf8), at: 0)
        #expect(try syntax.value() == .text(text))
    }

    @Test func referencesAreToldApartFromNumbers() throws {
        var syntax = PDFSyntax(Array("[12 0 R 12 0 -3.5 /N#20ame]".utf8), at: 0)
        #expect(try syntax.value() == .array([.reference(12), .integer(12), .integer(0), .real(-3.5), .name("N ame")]))
    }

    @Test(arguments: [0.0, 1.0, -2.5, 595.275591, 0.0000001, 841.889764])
    func realsAreWrittenWithoutExponents(number: Double) throws {
        var out: [UInt8] = []
        PDFValue.real(number).write(into: &out)
        let text = String(decoding: out, as: UTF8.self)
        #expect(!text.contains("e"))
        #expect(abs((Double(text) ?? .nan) - number) < 0.000_001)
    }
}
