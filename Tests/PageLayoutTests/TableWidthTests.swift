import PageLayout
import PlainlyModel
import Testing

/// Issue 16: with a long web address in one column, ordinary words broke inside ("Wh/ere",
/// "Co/unc/il"). Words are never broken; an address breaks only after "/", ".", "@" and "-"; a
/// table that cannot fit that way becomes one labelled block a row.
@Suite struct TableWidthTests {
    let measurer = FixedAdvanceMeasurer()

    func lines(_ table: Table, profile: Profile = .largePrint) throws -> (texts: [String], result: PageLayoutResult) {
        let document = Document(metadata: Metadata(title: "Table", profile: profile), parts: [Part(blocks: [.table(table)])])
        let result = try DocumentLayout(profile: LayoutProfile.named(profile), measurer: measurer).layout(document)
        var texts: [String] = []
        for page in result.pages {
            for case .box(.text(let line)) in page.items { texts.append(line.text) }
        }
        return (texts, result)
    }

    static let address = "https://www.example.org/services/adult-social-care/support-planning/where-to-get-help"

    @Test func aLongAddressBreaksAtItsSlashesAndNoWordBreaks() throws {
        let table = Table(
            header: [TableCell(inlines: [.text("Council")]), TableCell(inlines: [.text("Link")])],
            rows: [[TableCell(inlines: [.text("Riverside")]), TableCell(inlines: [.text(Self.address)])]])
        let (texts, result) = try lines(table)
        let words = Set(texts.flatMap { $0.split(separator: " ").map(String.init) })
        for word in ["Council", "Link", "Riverside"] { #expect(words.contains(word), "\(word) is whole") }
        let addressLines = texts.filter { Self.address.contains($0.trimmingSuffixSpace) && $0.count > 1 && !words.isEmpty }
        #expect(addressLines.joined().replacingSpaces == Self.address, "the address is all there, in order")
        for line in addressLines.dropLast() {
            #expect(["/", ".", "@", "-"].contains(line.trimmingSuffixSpace.last.map(String.init) ?? ""),
                    "\(line) ends where an address may break")
        }
        #expect(!result.diagnostics.contains { $0.id == "word-too-wide" })
        #expect(!result.diagnostics.contains { $0.id == "table-as-blocks" }, "two columns stay a table")
    }

    /// Issue 16: the newsletter's four-column diary put each date over three lines.
    @Test func threeColumnsThatSqueezeACellToThreeLinesBecomeLabelledBlocks() throws {
        let header = ["Date", "Time", "Where", "What"].map { TableCell(inlines: [.text($0)]) }
        let row = ["Thursday 14 January 2027", "2pm to 4pm", "Brookfield Library, meeting room 2",
                   "Drop-in to ask about the new payment cards and what they mean for you"].map { TableCell(inlines: [.text($0)]) }
        let (texts, result) = try lines(Table(header: header, rows: [row]))
        #expect(texts.contains { $0.hasPrefix("Date: Thursday 14 January") })
        #expect(result.diagnostics.contains { $0.id == "table-as-blocks" })
    }

    @Test func aTableTooWideForThePageBecomesLabelledBlocks() throws {
        let header = (1...6).map { TableCell(inlines: [.text("Heading\($0)")]) }
        let row = (1...6).map { TableCell(inlines: [.text("Wordinessity\($0)")]) }
        let (texts, result) = try lines(Table(header: header, rows: [row, row]))
        #expect(texts.contains("Heading1: Wordinessity1"))
        #expect(texts.filter { $0 == "Heading6: Wordinessity6" }.count == 2, "one block a row")
        #expect(result.diagnostics.filter { $0.id == "table-as-blocks" }.count == 1)
    }

    @Test func aPlainTableKeepsItsColumnsWhenTooWide() throws {
        let header = (1...6).map { TableCell(inlines: [.text("Heading\($0)")]) }
        let row = (1...6).map { TableCell(inlines: [.text("Wordinessity\($0)")]) }
        let (_, result) = try lines(Table(header: header, rows: [row]), profile: .plain)
        #expect(!result.diagnostics.contains { $0.id == "table-as-blocks" })
    }
}

private extension String {
    var trimmingSuffixSpace: String { hasSuffix(" ") ? String(dropLast()) : self }
    var replacingSpaces: String { filter { $0 != " " } }
}
