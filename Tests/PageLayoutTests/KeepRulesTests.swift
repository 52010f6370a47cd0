import PageLayout
import PlainlyModel
import Testing

/// Issue 16's test: a short table, and a lead-in line with its list, moved through 24 positions on
/// large-print and easy-read pages (every place a page can end near them) are never split.
@Suite struct KeepRulesTests {
    let measurer = FixedAdvanceMeasurer()

    static func filler(_ count: Int) -> [Block] {
        (0..<count).map { Samples.paragraph("Filler line \($0 + 1) is here.", line: 10 + $0) }
    }

    /// The page each line of text lands on, by its text.
    func pages(of document: Document, profile: Profile) throws -> [String: Int] {
        let result = try DocumentLayout(profile: LayoutProfile.named(profile), measurer: measurer).layout(document)
        var found: [String: Int] = [:]
        for page in result.pages {
            for case .box(.text(let line)) in page.items where found[line.text] == nil { found[line.text] = page.number }
        }
        return found
    }

    static func document(_ blocks: [Block], profile: Profile) -> Document {
        Document(metadata: Metadata(title: "Keep", profile: profile), parts: [Part(blocks: blocks)])
    }

    @Test(arguments: [Profile.largePrint, .easyRead], 0..<24)
    func aShortTableIsNeverSplit(profile: Profile, position: Int) throws {
        let rows = (1...4).map { [TableCell(inlines: [.text("Row \($0)")]), TableCell(inlines: [.text("Cell \($0)")])] }
        let table = Block.table(Table(header: [TableCell(inlines: [.text("Name")]), TableCell(inlines: [.text("What")])],
                                      rows: rows, location: Samples.at(5)))
        let found = try pages(of: Self.document(Self.filler(position) + [table], profile: profile), profile: profile)
        let rowPages = Set((1...4).compactMap { found["Row \($0)"] })
        #expect(rowPages.count == 1, "the table's rows are on pages \(rowPages.sorted())")
        #expect(found["Name"] == rowPages.first, "the header is with its rows")
    }

    @Test(arguments: [Profile.largePrint, .easyRead], 0..<24)
    func aLeadInStaysWithItsList(profile: Profile, position: Int) throws {
        let items = ["Board one", "Board two", "Board three"].map {
            ListItem(blocks: [Samples.paragraph($0)])
        }
        let blocks = Self.filler(position) + [Samples.paragraph("The boards:"), .list(ListBlock(isNumbered: false, items: items))]
        let found = try pages(of: Self.document(blocks, profile: profile), profile: profile)
        let listPages = Set(["Board one", "Board two", "Board three"].compactMap { found[$0] })
        #expect(listPages.count == 1, "a three-item list is on pages \(listPages.sorted())")
        #expect(found["The boards:"] == listPages.first, "the lead-in is with its list")
    }

    /// A list too long for one page may break, but never leaving one item alone.
    @Test(arguments: 0..<24)
    func aLongListNeverLeavesOneItemAlone(position: Int) throws {
        let names = (1...40).map { "Item \($0)" }
        let list = Block.list(ListBlock(isNumbered: true, items: names.map { ListItem(blocks: [Samples.paragraph($0)]) }))
        let found = try pages(of: Self.document(Self.filler(position) + [list], profile: .largePrint), profile: .largePrint)
        var perPage: [Int: Int] = [:]
        for name in names { perPage[found[name] ?? -1, default: 0] += 1 }
        #expect(perPage[-1] == nil, "every item is placed")
        #expect(perPage.values.allSatisfy { $0 >= 2 }, "items a page: \(perPage.sorted { $0.key < $1.key })")
    }
}
