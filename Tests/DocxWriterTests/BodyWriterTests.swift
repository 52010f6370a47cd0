import Foundation
import PlainlyModel
import Testing

@testable import DocxWriter

@Suite struct BodyWriterTests {
    @Test func everyPictureCarriesItsAltTextAndDecorativeOnesAreMarked() throws {
        let pictures = SourcePictures(["a.svg": .success(Sample.svg()), "b.svg": .success(Sample.svg())])
        let file = try DocxFile(Sample.realized(
            [.picture(Sample.picture("a.svg", .description("A bus at a stop"))), .picture(Sample.picture("b.svg", .decorative))],
            pictures: pictures))
        let docPr = file.tags("wp:docPr")
        #expect(docPr.count == 2)
        #expect(docPr[0].contains(#"descr="A bus at a stop""#))
        #expect(!docPr[1].contains("descr="))
        #expect(file.document.contains(#"<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/>"#))
        #expect(file.document.contains("<asvg:svgBlip"))
        // Each picture file is stored once, whatever uses it: an SVG with its PNG copy.
        #expect(file.names.filter { $0.hasPrefix("word/media/") }.sorted()
            == ["word/media/image1.png", "word/media/image1.svg", "word/media/image3.png", "word/media/image3.svg"])
    }

    /// As Word stores an SVG: a PNG copy is the picture every program reads, and the SVG is Word's svgBlip.
    @Test func anSVGIsStoredWithAPNGCopyAsWordDoes() throws {
        let pictures = SourcePictures(["a.svg": .success(Sample.svg(width: 200, height: 100))])
        let file = try DocxFile(Sample.realized([.picture(Sample.picture("a.svg", .description("A bus")))], pictures: pictures))
        let blip = try #require(file.tags("a:blip").first)
        let copy = try #require(blip.firstMatch(of: /r:embed="(rId[0-9]+)"/)?.1)
        let svg = try #require(file.document.firstMatch(of: /<asvg:svgBlip [^>]*r:embed="(rId[0-9]+)"/)?.1)
        #expect(copy != svg)
        let relationships = file.text("word/_rels/document.xml.rels")
        #expect(relationships.contains(#"Id="\#(copy)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png""#))
        #expect(relationships.contains(#"Id="\#(svg)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.svg""#))
        let png = try #require(file.parts["word/media/image1.png"])
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        // Width and height from the PNG header: the picture's proportions, 512 on its longest side.
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 512 && height == 256)
        #expect(file.text("[Content_Types].xml").contains(#"Extension="png""#))
    }

    @Test func aPictureKeepsItsProportionsAtThePictureColumnsWidth() throws {
        let pictures = SourcePictures(["a.svg": .success(Sample.svg(width: 200, height: 100))])
        let file = try DocxFile(Sample.realized([.picture(Sample.picture("a.svg", .description("A bus")))], pictures: pictures))
        let extent = try #require(file.tags("wp:extent").first)
        let column = (PaperSize.a4.size.width.value - 2 * DocxProfile.easyRead.margin.value) / 3
        #expect(extent == #"<wp:extent cx="\#(Points(column).emu)" cy="\#(Points(column / 2).emu)"/>"#)
    }

    @Test func aVeryTallPictureIsLimitedToHalfThePage() throws {
        let pictures = SourcePictures(["a.svg": .success(Sample.svg(width: 10, height: 1000))])
        let file = try DocxFile(Sample.realized([.picture(Sample.picture("a.svg", .description("A tower")))], pictures: pictures))
        let extent = try #require(file.tags("wp:extent").first)
        let textHeight = PaperSize.a4.size.height.value - 2 * DocxProfile.easyRead.margin.value
        #expect(extent.contains(#"cy="\#(Points(textHeight * BodyWriter.tallestPictureFraction).emu)""#))
    }

    @Test func aMissingOrGIFPictureIsADashedSlotWithTheWarningEveryFormatGives() throws {
        let gif = PictureFile(bytes: Data("GIF89a".utf8), format: .gif, pixelWidth: 1, pixelHeight: 1)
        let file = try DocxFile(Sample.realized(
            [.picture(Sample.picture("gone.png", .description("A map"))), .picture(Sample.picture("a.gif", .description("A cat")))],
            pictures: SourcePictures(["a.gif": .success(gif)])))
        #expect(file.tags("wp:docPr").isEmpty)
        #expect(file.document.contains("Picture to add: A map"))
        #expect(file.document.contains("Picture to add: A cat"))
        #expect(file.document.contains(#"w:val="dashed""#))
        #expect(file.diagnostics.map(\.id) == ["missing-picture", "unsupported-picture"])
        #expect(file.diagnostics[1].message.contains("Word file"))
    }

    @Test func easyReadRowsAreBorderlessTwoColumnRowsThatNeverSplit() throws {
        let row = EasyReadRow(
            picture: Picture(source: .slot, words: .description("A doctor")),
            lines: [TextLine(inlines: [.text("See your doctor.")]), TextLine(inlines: [.text("Take your letter.")])])
        let file = try DocxFile(Sample.realized([.easyReadRow(row), .easyReadRow(row)]))
        #expect(file.tags("w:tbl").count == 1, "consecutive rows make one table")
        #expect(file.tags("w:tr").count == 2)
        #expect(file.tags("w:cantSplit").count == 2)
        #expect(file.tags("w:gridCol").count == 2)
        #expect(file.document.contains(#"<w:tblStyle w:val="PlainlyEasyReadRow"/>"#))
        #expect(file.styles.contains(#"w:styleId="PlainlyEasyReadRow"><w:name w:val="Plainly Easy Read Row"/>"#) && file.styles.contains(#"<w:top w:val="nil"/>"#))
        // Each line of a row is a paragraph of its own, as easy read puts each sentence on a new line.
        #expect(file.tags("w:pStyle").filter { $0.contains("PlainlyEasyReadLine") }.count == 4)
        #expect(file.document.contains("Picture to add: A doctor"))
    }

    @Test func tablesRepeatTheirHeaderRowAndCarryTheirCaption() throws {
        let table = Table(
            caption: "You said, we did", header: [TableCell(inlines: [.text("You said")]), TableCell(inlines: [.text("We did")])],
            rows: [[TableCell(inlines: [.text("More buses")]), TableCell(inlines: [.text("Two more")])]])
        let file = try DocxFile(Sample.realized([.table(table)]))
        let rows = file.document.components(separatedBy: "<w:tr>").dropFirst()
        #expect(rows.count == 2)
        #expect(rows.first?.hasPrefix("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>") == true)
        #expect(rows.last?.contains("<w:tblHeader/>") == false)
        #expect(file.document.contains(#"<w:pStyle w:val="Caption"/>"#))
        #expect(file.document.contains(#"<w:tblCaption w:val="You said, we did"/>"#))
    }

    /// Whether each table row's paragraphs keep with the next row, in order.
    static func rowsKeptWithNext(_ document: String) -> [Bool] {
        document.components(separatedBy: "<w:tr>").dropFirst().map { row in
            let cellParagraphs = row.components(separatedBy: "<w:p>").dropFirst()
            return !cellParagraphs.isEmpty && cellParagraphs.allSatisfy { $0.contains("<w:keepNext/>") }
        }
    }

    @Test func aShortTableKeepsWholeAndALongOneKeepsThreeRowsEachSideOfABreak() throws {
        func cell(_ text: String) -> TableCell { TableCell(inlines: [.text(text)]) }
        func table(rows: Int) -> Block {
            .table(Table(header: [cell("Date"), cell("Place")], rows: (1...rows).map { [cell("\($0) May"), cell("Hall")] }))
        }
        let short = try DocxFile(Sample.realized([table(rows: 4)]))
        #expect(Self.rowsKeptWithNext(short.document) == [true, true, true, true, false])
        let long = try DocxFile(Sample.realized([table(rows: 20)]))
        let kept = Self.rowsKeptWithNext(long.document)
        #expect(kept.count == 21)
        #expect(kept.prefix(3).allSatisfy { $0 } && !kept[3])
        #expect(kept.suffix(3) == [true, true, false])
        #expect(kept[4..<18].allSatisfy { !$0 })
    }

    @Test func aLeadInStaysWithTheListOrTableItIntroduces() throws {
        let list = Block.list(ListBlock(isNumbered: false, items: [ListItem(blocks: [Sample.paragraph("North")])]))
        let file = try DocxFile(Sample.realized([Sample.paragraph("The boards:"), list, Sample.paragraph("The end:")]))
        let paragraphs = file.document.components(separatedBy: "<w:p>").dropFirst()
        let leadIn = try #require(paragraphs.first { $0.contains("The boards:") })
        #expect(leadIn.contains("<w:keepNext/>"))
        // Nothing follows the last one, so there is nothing to keep it with.
        let last = try #require(paragraphs.first { $0.contains("The end:") })
        #expect(!last.contains("<w:keepNext/>"))
    }

    @Test func columnsShareTheWidthByWhatTheyHoldWithinTheirLimits() {
        func cell(_ text: String) -> TableCell { TableCell(inlines: [.text(text)]) }
        let table = Table(
            header: [cell("Date"), cell("What")],
            rows: [[cell("4 May"), cell(String(repeating: "word ", count: 100))]])
        let widths = BodyWriter.columnWidths(table, columns: 3, width: 9000)
        #expect(widths.reduce(0, +) == 9000)
        // "Date" and the empty third column get the narrowest share; the long cell counts as the widest.
        let total = BodyWriter.narrowestColumnCharacters * 2 + BodyWriter.widestColumnCharacters
        #expect(widths[0] == 9000 * BodyWriter.narrowestColumnCharacters / total)
        #expect(widths[1] == 9000 * BodyWriter.widestColumnCharacters / total)
    }

    @Test func authorTextIsEscapedAndCharactersXMLForbidsAreDropped() throws {
        let evil = "Tom & Jerry <b>\"quoted\"</b> 'single'\u{1}\u{B}\u{FFFE}"
        let file = try DocxFile(Sample.realized([Sample.paragraph(evil)], title: evil, authors: [evil]))
        let escaped = "Tom &amp; Jerry &lt;b&gt;&quot;quoted&quot;&lt;/b&gt; &apos;single&apos;"
        #expect(file.document.contains(escaped + "</w:t>"))
        #expect(file.text("docProps/core.xml").contains("<dc:title>\(escaped)</dc:title>"))
        for name in file.names where name.hasSuffix(".xml") { #expect(file.isWellFormed(name), "\(name)") }
    }

    @Test func linksToTheWebAreExternalHyperlinksAndOthersAreJustWords() throws {
        let paragraph = Block.paragraph(Paragraph(inlines: [
            .link("https://example.org/a b", [.text("our site")]), .text(" and "),
            .link("javascript:alert(1)", [.text("this")]), .text(" and "), .link("#about-us", [.text("about us")]),
        ]))
        let file = try DocxFile(Sample.realized([paragraph]))
        let rels = file.text("word/_rels/document.xml.rels")
        #expect(rels.contains(#"Target="https://example.org/a%20b" TargetMode="External""#))
        #expect(!rels.contains("javascript"))
        #expect(file.tags("w:hyperlink").count == 2)
        #expect(file.document.contains("this</w:t>"))
        // The link inside the document jumps to the part's bookmark, which says it is a part's title.
        let bookmark = try #require(file.tags("w:bookmarkStart").first { $0.contains("part_about_us") })
        #expect(bookmark.contains(#"w:name="part_about_us""#))
        #expect(file.document.contains(#"<w:hyperlink w:anchor="part_about_us">"#))
    }

    @Test func nestedListsGoOneLevelDeeperAndEachNumberedListStartsAtItsOwnNumber() throws {
        let inner = ListBlock(isNumbered: true, start: 1, items: [ListItem(blocks: [Sample.paragraph("Inner")])])
        let outer = ListBlock(isNumbered: true, start: 3, items: [ListItem(blocks: [Sample.paragraph("Outer"), .list(inner)])])
        let file = try DocxFile(Sample.realized([.list(outer)]))
        #expect(file.tags("w:ilvl").map { $0.contains(#"w:val="1""#) } == [false, true])
        let numbering = file.text("word/numbering.xml")
        #expect(numbering.contains(#"<w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride>"#))
        #expect(numbering.contains(#"<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride>"#))
    }

    @Test func listsNestedDeeperThanWordAllowsStayAtItsDeepestLevel() throws {
        var list = ListBlock(isNumbered: false, items: [ListItem(blocks: [Sample.paragraph("Deepest")])])
        for _ in 0..<12 { list = ListBlock(isNumbered: false, items: [ListItem(blocks: [.list(list)])]) }
        let file = try DocxFile(Sample.realized([.list(list)]))
        let levels = file.tags("w:ilvl").compactMap { tag in tag.split(separator: "\"").dropFirst().first.flatMap { Int($0) } }
        #expect(levels.max() == ListNumbering.deepestLevel)
        #expect(file.isWellFormed("word/document.xml"))
    }

    @Test func easyReadPartsStartANewPageAndOtherProfilesRunOn() throws {
        let easy = try DocxFile(Sample.realized([Sample.paragraph("Hello.")], profile: .easyRead))
        let plain = try DocxFile(Sample.realized([Sample.paragraph("Hello.")], profile: .plain))
        // After the title page both break; easy read also breaks before the part (one break, taken once).
        #expect(easy.tags("w:pageBreakBefore").count == 1)
        #expect(plain.tags("w:pageBreakBefore").count == 1)
        let heading = try #require(easy.document.components(separatedBy: "<w:p>").first { $0.contains("About us") })
        #expect(heading.contains("<w:pageBreakBefore/>"))
    }

    @Test(arguments: [(2, "Heading1"), (3, "Heading2"), (4, "Heading3"), (6, "Heading3"), (1, "Title")])
    func headingLevelsMapOntoWordsHeadingStyles(level: Int, style: String) {
        #expect(BodyWriter.headingStyle(level: level) == style)
    }
}
