import CairoGraphics
import Foundation
import PageLayout
import PlainlyModel
import Testing

@testable import PDFWriter

/// The post-pass finds each Figure and header cell by where the drawer drew it, not by counting.
@Suite struct AccessibilityPostPassTests {
    static func element(_ role: StructureRole, _ id: Int, alt: String? = nil) -> StructureElement {
        StructureElement(role: role, id: id, alternateText: alt)
    }

    /// A figure's picture stands in as its outline: the tags are what is tested, not the picture.
    static func figure(_ id: Int, _ words: String, y: Double) -> [PageItem] {
        let frame = FrameBox(frame: Rect(x: Points(72), y: Points(y), width: Points(100), height: Points(60)), lineWidth: Points(1))
        return [.begin(element(.figure, id, alt: words)), .box(.frame(frame)), .end(element(.figure, id, alt: words))]
    }

    static func paragraph(_ id: Int) -> [PageItem] {
        [.begin(element(.paragraph, id)), .end(element(.paragraph, id))]
    }

    /// Two described pictures with a decorative one (drawn outside any element, an artifact)
    /// between them, a paragraph, and a third described picture on the second page.
    static var pages: [Page] {
        let size = PaperSize.a4.size
        let decorative = FrameBox(frame: Rect(x: Points(72), y: Points(200), width: Points(100), height: Points(60)), lineWidth: Points(1))
        return [
            Page(number: 1, size: size, items: figure(1, "A cat", y: 72) + [.box(.frame(decorative))]
                 + paragraph(2) + figure(3, "A dog", y: 300)),
            Page(number: 2, size: size, items: paragraph(4) + figure(5, "A bird", y: 72)),
        ]
    }

    static func draw(_ pages: [Page] = pages) throws -> (pdf: Data, record: PageDrawer.Record) {
        let typesetter = try Typesetter(fontsDirectory: PDFWriterTests.fonts, family: PDFWriter.fontFamily)
        let size = PaperSize.a4.size
        let surface = try PDFSurface(width: size.width.value, height: size.height.value)
        let record = try PageDrawer(typesetter: typesetter, pictures: [:]).draw(pages, on: surface)
        return (Data(try surface.finish()), record)
    }

    static func finish(_ pdf: Data, _ record: PageDrawer.Record) throws -> String {
        let pass = AccessibilityPostPass(metadata: Metadata(title: "Pictures", profile: .easyRead), makers: [], record: record)
        return try TagTreeDump.render(Data(try pass.apply(to: [UInt8](pdf))))
    }

    static let expected = """
        Document
          Figure alt="A cat" content=1
          P content=1
          Figure alt="A dog" content=1
          P content=1
          Figure alt="A bird" content=1

        """

    @Test func eachFigureGetsTheWordsItWasDrawnWith() throws {
        let (pdf, record) = try Self.draw()
        #expect(record.marks.map(\.identity) == [
            ContentIdentity(page: 0, mcid: 0), ContentIdentity(page: 0, mcid: 2), ContentIdentity(page: 1, mcid: 1),
        ])
        #expect(try Self.finish(pdf, record).hasSuffix(Self.expected))
    }

    /// Pairing the n-th Figure with the n-th description would give the cat the bird's words here.
    @Test func theOrderOfTheRecordDoesNotMatter() throws {
        var (pdf, record) = try Self.draw()
        record.marks.reverse()
        #expect(try Self.finish(pdf, record).hasSuffix(Self.expected))
    }

    @Test func aFigureTheDrawerDidNotRecordIsAnError() throws {
        var (pdf, record) = try Self.draw()
        record.marks.removeFirst()
        #expect(throws: PDFWriterError.self) { _ = try Self.finish(pdf, record) }
    }

    @Test func aMarkPointingAtSomethingElseIsAnError() throws {
        var (pdf, record) = try Self.draw()
        // The paragraph between the cat and the dog.
        record.marks[1].identity = ContentIdentity(page: 0, mcid: 1)
        #expect(throws: PDFWriterError.self) { _ = try Self.finish(pdf, record) }
    }

    /// The tree root's object becomes the Document element, so every top-level element's /P
    /// still names its parent without being rewritten: each element's /P is the object whose /K
    /// holds it, and the Document element hangs from the tree root.
    @Test func everyElementNamesTheParentThatHoldsIt() throws {
        let document = try PDFFile(pdf: try PDFWriterTests.render().files[0].contents)
        let root = try #require(document.object(document.catalog)["StructTreeRoot"]?.referenceValue)
        #expect(document.object(root)["Type"] == .name("StructTreeRoot"))
        let top = document.object(root)["K"]?.items ?? []
        #expect(top.count == 1)
        let element = try #require(top.first?.referenceValue)
        #expect(document.object(element)["S"] == .name("Document"))
        var checked = 0
        var parents = [(parent: root, child: element)]
        while let (parent, child) = parents.popLast() {
            let value = document.object(child)
            #expect(value["P"] == .reference(parent), "element \(child) names its parent")
            checked += 1
            for kid in value["K"]?.items ?? [] {
                if let number = kid.referenceValue, document.object(number)["S"] != nil { parents.append((child, number)) }
            }
        }
        #expect(checked > 30)
    }

    /// A damaged structure tree, deeper than `StructureMarks.deepestTree` and with a loop back to
    /// its top, is walked to the limit and no further, by the post-pass and the dump alike.
    @Test func aTreeTooDeepOrWithALoopIsWalkedToTheLimit() throws {
        let document = try PDFFile(pdf: try PDFWriterTests.render().files[0].contents)
        let tree = try #require(document.object(document.catalog)["StructTreeRoot"]?.referenceValue)
        let innermost = document.add(.dictionary(["Type": .name("StructElem"), "S": .name("Div")]))
        var outer = innermost
        for _ in 0..<(StructureMarks.deepestTree + 10) {
            outer = document.add(.dictionary(["Type": .name("StructElem"), "S": .name("Div"), "K": .array([.reference(outer)])]))
        }
        document.set("K", .array([.reference(outer)]), in: innermost)
        document.set("K", .array([.reference(outer)]), in: tree)
        try StructureMarks([], pages: document.pages).apply(to: tree, in: document)
        let dump = try TagTreeDump.render(Data(try document.write()))
        let elements = dump.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces) == "Div" }
        #expect(elements.count == StructureMarks.deepestTree)
    }
}
