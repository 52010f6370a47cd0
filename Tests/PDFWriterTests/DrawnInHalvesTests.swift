import Foundation
import PageLayout
import PlainlyModel
import PlainlySource
import Testing

@testable import PDFWriter

/// A long document is drawn in two halves on two cores and joined (`PageHalves`, `JoinedHalves`).
/// The joined file must be the file one surface would have made, in everything a reader or a
/// screen reader meets: the same tags in the same order, each picture with its own words, every
/// contents link and bookmark reaching its heading, whichever half either is in.
@Suite struct DrawnInHalvesTests {
    static func at(_ line: Int) -> PlainlyModel.SourceLocation { PlainlyModel.SourceLocation(file: "guide.md", line: line, column: 1) }

    /// Twelve parts, each with paragraphs, a picture row, a table with a header and links back and
    /// forth: about thirty large-print pages, with a contents page.
    static var document: Document {
        let metadata = Metadata(
            title: "A long guide", subtitle: "Drawn in two halves", profile: .easyRead,
            date: CalendarDate(year: 2026, month: 11, day: 25), authors: ["Test group"])
        let words = "People who use services told us what matters to them and we wrote it down in plain words"
        let parts = (1...12).map { number in
            let line = number * 100
            var blocks: [Block] = (0..<4).map { index in
                .paragraph(Paragraph(inlines: [.text(Array(repeating: words + ".", count: 3).joined(separator: " "))],
                                     location: at(line + index)))
            }
            blocks.append(PDFWriterTests.row(
                number % 2 == 0 ? "pictures/meeting.svg" : "pictures/phone.png", "Picture for part \(number)", line + 10))
            blocks.append(.table(Table(
                header: [TableCell(inlines: [.text("What")]), TableCell(inlines: [.text("When \(number)")])],
                rows: [[TableCell(inlines: [.text("Meeting")]), TableCell(inlines: [.text("Tuesday")])]],
                location: at(line + 20))))
            let other = 13 - number
            blocks.append(.paragraph(Paragraph(
                inlines: [.text("Read "), .link("#part-\(other)", [.text("part \(other)")]), .text(" and "),
                          .link("https://example.org/\(number)", [.text("our site")]), .text(".")],
                location: at(line + 30))))
            return Part(title: "Part \(number)", anchor: "part-\(number)", blocks: blocks, location: at(line))
        }
        return Document(metadata: metadata, parts: parts)
    }

    static func render(fewestPagesToSplit: Int) throws -> Data {
        var options = PDFWriter.Options(fontsDirectory: PDFWriterTests.fonts)
        options.fewestPagesToSplit = fewestPagesToSplit
        return try PDFWriterTests.render(document, options: options).files[0].contents
    }

    static let whole = Result { try render(fewestPagesToSplit: .max) }
    static let halves = Result { try render(fewestPagesToSplit: 2) }

    @Test func theHalvesAreReallyDrawnApart() throws {
        // Each surface embeds its own subsets of the two fonts.
        let fonts = { (pdf: Data) throws -> Int in try PDFFile(pdf: pdf).allObjects.filter { $0["FontFile2"] != nil }.count }
        #expect(try fonts(Self.whole.get()) == 2)
        #expect(try fonts(Self.halves.get()) == 4)
    }

    @Test func theTagTreeIsTheSameAsOneSurfaceMakes() throws {
        let whole = try TagTreeDump.render(Self.whole.get())
        let halves = try TagTreeDump.render(Self.halves.get())
        #expect(halves == whole)
        #expect(halves.contains("Figure alt=\"Picture for part 12\""))
        #expect(halves.contains("TH scope=Column"))
    }

    @Test func pagesKeysAndNamesAreJoinedWithoutClashes() throws {
        let whole = try PDFFile(pdf: Self.whole.get())
        let file = try PDFFile(pdf: Self.halves.get())
        let pages = file.pages
        #expect(pages.count == whole.pages.count && pages.count > 20)
        let root = try #require(file.object(file.catalog)["Pages"]?.referenceValue)
        #expect(file.value("Count", in: root)?.integerValue == pages.count)
        #expect(pages.allSatisfy { file.value("Parent", in: $0)?.referenceValue == root })

        // Every key into the parent tree is used once, and the tree has each.
        var keys: [Int] = pages.compactMap { file.value("StructParents", in: $0)?.integerValue }
        for page in pages {
            for annotation in file.value("Annots", in: page)?.items ?? [] {
                if let key = annotation.referenceValue.flatMap({ file.value("StructParent", in: $0)?.integerValue }) { keys.append(key) }
            }
        }
        let tree = try #require(file.object(file.catalog)["StructTreeRoot"]?.referenceValue)
        let parentTree = try #require(file.value("ParentTree", in: tree)?.referenceValue)
        let numbers = file.value("Nums", in: parentTree)?.items ?? []
        let treeKeys = stride(from: 0, to: numbers.count, by: 2).compactMap { numbers[$0].integerValue }
        #expect(Set(keys).count == keys.count)
        #expect(Set(keys) == Set(treeKeys))

        // One name tree, in order, naming every heading; every link and bookmark goes to a name in it.
        let names = try #require(file.object(file.catalog)["Names"]?.referenceValue)
        let dests = try #require(file.value("Dests", in: names)?.referenceValue)
        let entries = file.value("Names", in: dests)?.items ?? []
        let keysInOrder = stride(from: 0, to: entries.count, by: 2).compactMap { entries[$0].textValue }
        #expect(keysInOrder == keysInOrder.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        #expect(Set((1...12).map { "part-\($0)" }).isSubset(of: Set(keysInOrder)))
        var targets: [String] = []
        for page in pages {
            for annotation in file.value("Annots", in: page)?.items ?? [] {
                if let name = annotation.referenceValue.flatMap({ file.value("Dest", in: $0)?.textValue }) { targets.append(name) }
            }
        }
        #expect(targets.count >= 24, "contents entries and the links between parts")
        #expect(Set(targets).isSubset(of: Set(keysInOrder)))
        // Each name goes to the same page in both files.
        let wholeNames = try #require(whole.object(whole.catalog)["Names"]?.referenceValue)
        let wholeDests = try #require(whole.value("Dests", in: wholeNames)?.referenceValue)
        #expect(Self.pagesByName(whole, dests: wholeDests) == Self.pagesByName(file, dests: dests))
    }

    @Test func twoBuildsInHalvesAreByteIdentical() throws {
        #expect(try Self.render(fewestPagesToSplit: 2) == Self.halves.get())
    }

    /// Each named destination's page, by its place in the document.
    static func pagesByName(_ file: PDFFile, dests: Int) -> [String: Int] {
        let pages = file.pages
        let entries = file.value("Names", in: dests)?.items ?? []
        var found: [String: Int] = [:]
        for index in stride(from: 0, to: entries.count - 1, by: 2) {
            guard let name = entries[index].textValue, let page = entries[index + 1].items.first?.referenceValue else { continue }
            found[name] = pages.firstIndex(of: page)
        }
        return found
    }
}
