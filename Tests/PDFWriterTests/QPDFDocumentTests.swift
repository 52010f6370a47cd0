import Foundation
import Testing

@testable import PDFWriter

/// The post-pass's only way into libqpdf: Swift values in, Swift values out.
@Suite struct QPDFDocumentTests {
    static func pdf() throws -> Data { try PDFWriterTests.render().files[0].contents }

    @Test func valuesWrittenAreReadBackTheSame() throws {
        let document = try QPDFDocument(pdf: try Self.pdf())
        let value = PDFValue.dictionary([
            "Name": .name("Figure"), "Words": .text("Tea & cake, £3 — “free”"), "Flag": .bool(true),
            "Count": .integer(-7), "List": .array([.integer(1), .name("Two"), .dictionary(["Inner": .text("three")])]),
            "Nested": .dictionary(["Deeper": .dictionary(["Deepest": .name("End")]), "After": .integer(2)]),
            "Page": .reference(try #require(document.pages.first)),
        ])
        document.set("PlainlyTest", value, in: document.catalog)
        try document.check("setting a test value")
        #expect(document.object(document.catalog)["PlainlyTest"] == value)

        let reread = try QPDFDocument(pdf: try document.write())
        #expect(reread.object(reread.catalog)["PlainlyTest"]?["Words"] == .text("Tea & cake, £3 — “free”"))
        #expect(reread.object(reread.catalog)["PlainlyTest"]?["Nested"] == value["Nested"])
    }

    @Test func settingNothingRemovesTheKey() throws {
        let document = try QPDFDocument(pdf: try Self.pdf())
        let page = try #require(document.pages.first)
        document.set("Tabs", .name("S"), in: page)
        #expect(document.object(page)["Tabs"] == .name("S"))
        document.set("Tabs", nil, in: page)
        #expect(document.object(page)["Tabs"] == nil)
    }

    @Test func newObjectsAndStreamsGetNumbersOfTheirOwn() throws {
        let document = try QPDFDocument(pdf: try Self.pdf())
        let element = document.add(.dictionary(["S": .name("Document")]))
        let stream = document.addStream(Array("<x/>".utf8), dictionary: ["Type": .name("Metadata")])
        #expect(element != stream && element > 0 && stream > 0)
        #expect(document.object(element)["S"] == .name("Document"))
        #expect(document.object(stream)["Type"] == .name("Metadata"))
    }

    @Test func aNumberTheFileDoesNotHaveIsNull() throws {
        let document = try QPDFDocument(pdf: try Self.pdf())
        #expect(document.object(10_000_000) == .null)
    }

    @Test func somethingThatIsNotAPDFIsAClearError() {
        #expect {
            _ = try QPDFDocument(pdf: Data("not a PDF at all".utf8))
        } throws: { error in
            guard case .postPass(let step, _) = error as? PDFWriterError else { return false }
            return step == "reading the PDF Cairo wrote"
        }
    }

    /// Reading stops at `deepestNesting` levels of direct values, so a damaged file cannot make
    /// the reader recurse without end.
    @Test func valuesNestedPastTheLimitAreReadAsNull() throws {
        let document = try QPDFDocument(pdf: try Self.pdf())
        var deep = PDFValue.integer(1)
        for _ in 0..<(QPDFDocument.deepestNesting * 2) { deep = .array([deep]) }
        document.set("PlainlyDeep", deep, in: document.catalog)
        var read = try #require(document.object(document.catalog)["PlainlyDeep"])
        var depth = 0
        while case .array(let items) = read, let first = items.first {
            read = first
            depth += 1
        }
        #expect(read == .null)
        #expect(depth == QPDFDocument.deepestNesting - 1, "the catalog is the first level")
    }
}
