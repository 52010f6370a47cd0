import Foundation
import PlainlyModel
import Testing

@testable import HTMLWriter

/// The web page's cover (the picture and logo as images with their alt text, "Easy read") and its
/// tables that would scroll on a phone, written also as labelled blocks a row.
@Suite struct CoverAndNarrowTableTests {
    static func withCover(_ cover: String = "pictures/meeting.svg") -> Document {
        var document = Fixture.everything
        document.metadata.cover = Fixture.picture(cover, "People talking at a table", line: 3)
        document.metadata.logo = Fixture.picture("pictures/phone.png", "Riverside Advocacy", line: 6)
        return document
    }

    static func header(_ html: String) throws -> Substring {
        let start = try #require(html.range(of: #"<header class="title-page">"#))
        let end = try #require(html.range(of: "</header>", range: start.upperBound..<html.endIndex))
        return html[start.lowerBound..<end.upperBound]
    }

    @Test func theCoverShowsItsPicturesWithAltTextAndSaysEasyRead() throws {
        let (output, html) = try Fixture.render(Self.withCover())
        let header = try Self.header(html)
        #expect(header.contains(#"<p class="profile-name">Easy read</p>"#))
        #expect(header.contains(#"<div class="cover-picture"><img src="assets/pictures/"#))
        #expect(header.contains(#"alt="People talking at a table""#))
        #expect(header.contains(#"<div class="logo"><img src="assets/pictures/"#))
        #expect(header.contains(#"alt="Riverside Advocacy""#))
        // In the order every format says it: the picture before the date, the logo before who made it.
        let order = ["Easy read", "People talking at a table", "23 November 2026", "Riverside Advocacy", "Made "]
        let positions = order.compactMap { header.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count && positions == positions.sorted())
        #expect(output.files.contains { $0.path.hasPrefix("assets/pictures/") && $0.path.hasSuffix(".png") })
    }

    @Test func aMissingCoverIsASlotSaidOnce() throws {
        let (output, html) = try Fixture.render(Self.withCover("pictures/gone.svg"))
        let header = try Self.header(html)
        #expect(header.contains(#"<div class="cover-picture cover-slot">"#))
        #expect(header.contains(#"<p class="slot">Picture to add: People talking at a table</p>"#))
        #expect(output.diagnostics.filter { $0.id == "missing-picture" && $0.location?.line == 3 }.count == 1)
    }

    @Test func withoutACoverTheTitlePageHasNoPictures() throws {
        let (_, html) = try Fixture.render(Fixture.everything)
        let header = try Self.header(html)
        #expect(!header.contains("<img"))
        #expect(!header.contains("profile-name"))
    }

    // MARK: Narrow tables

    static func cells(_ texts: [String]) -> [TableCell] { texts.map { TableCell(inlines: [.text($0)]) } }

    /// The newsletter's diary: four columns that would scroll on a 375 px phone.
    static let diary = Table(
        caption: "Dates for your diary", header: cells(["Date", "Time", "Where", "What"]),
        rows: [
            cells(["Thursday 14 January 2027", "2pm to 4pm", "Brookfield Library, meeting room 2", "Drop-in to ask about the new payment cards"]),
            cells(["Thursday 4 February 2027", "10:30am to 12 noon", "Brookfield Community Hub", "Peer support group"]),
        ])

    static let small = Table(header: cells(["Day", "Open"]), rows: [cells(["Monday", "9am to 5pm"])])

    static func page(_ table: Table, profile: Profile = .easyRead) throws -> String {
        var document = Fixture.everything
        document.metadata.profile = profile
        document.parts = [Part(title: "When", anchor: "when", status: .agreed, blocks: [.table(table)])]
        // Without the builder's indentation, so the tests read as the markup nests.
        return try Fixture.render(document).html.replacingOccurrences(of: "\n *", with: "", options: .regularExpression)
    }

    @Test func aTableThatWouldScrollOnAPhoneIsAlsoWrittenAsLabelledBlocks() throws {
        let html = try Self.page(Self.diary)
        let switchStart = try #require(html.range(of: #"<div class="table-switch narrow-below-"#))
        let rest = html[switchStart.upperBound...]
        let blocks = try #require(rest.range(of: #"<div class="table-rows">"#))
        #expect(rest[..<blocks.lowerBound].contains("<table>"), "the table comes first, then its blocks")
        let rows = rest[blocks.lowerBound...]
        #expect(rows.contains(#"<p class="table-rows-caption">Dates for your diary</p>"#))
        #expect(rows.contains("<li><p><strong>Date:</strong> Thursday 14 January 2027</p><p><strong>Time:</strong> 2pm to 4pm</p>"))
        #expect(rows.contains("<p><strong>What:</strong> Peer support group</p></li>"))
    }

    @Test func aHardWordFirstUsedInTheTableIsLinkedInItsBlocksToo() throws {
        var document = Fixture.everything
        document.metadata.glossary = [GlossaryEntry(term: "Peer support", explanation: "Help from people who have been there too.")]
        document.parts = [Part(title: "When", anchor: "when", status: .agreed, blocks: [.table(Self.diary)])]
        let html = try Fixture.render(document).html.replacingOccurrences(of: "\n *", with: "", options: .regularExpression)
        let blocks = try #require(html.range(of: #"<div class="table-rows">"#))
        // Only one of the two is shown at a time: each links the word's first use.
        #expect(html[..<blocks.lowerBound].contains(#">Peer support</a>"#))
        #expect(html[blocks.lowerBound...].contains(#">Peer support</a>"#))
    }

    @Test(arguments: [Profile.easyRead, .largePrint, .plain])
    func aTableThatFitsAPhoneIsOnlyATable(profile: Profile) throws {
        let html = try Self.page(Self.small, profile: profile)
        #expect(html.contains("<table>"))
        #expect(!html.contains("table-switch"))
        #expect(!html.contains("table-rows"))
    }

    @Test func theBreakpointIsTheNarrowestWidthTheTableFits() {
        #expect(NarrowTable.breakpoint(for: Self.small, profile: .easyRead) == nil)
        // Two long words: about 407 px, wider than a phone's 343 px of text and narrower than the
        // 440 px at 30em: blocks below 30em only.
        let two = Table(header: Self.cells(["Word", "Other"]), rows: [Self.cells(["telecommunications", "internationalisation"])])
        #expect(NarrowTable.breakpoint(for: two, profile: .plain) == 30)
        #expect(NarrowTable.breakpoint(for: Self.diary, profile: .easyRead) != nil)
        // A word wider than the widest page cannot fit at any width: the switch is at the last.
        let huge = Table(header: Self.cells(["A", "B", "C"]), rows: [Self.cells([String(repeating: "x", count: 100), "y", "z"])])
        #expect(NarrowTable.breakpoint(for: huge, profile: .plain) == NarrowTable.breakpoints.last)
    }

    @Test func theStylesheetHasASwitchForEveryBreakpointOnScreensOnly() {
        for em in NarrowTable.breakpoints {
            #expect(Stylesheet.rules.contains("@media screen and (max-width: \(em - 1).99em)"))
            #expect(Stylesheet.rules.contains(".narrow-below-\(em) > .table-rows { display: block; }"))
        }
        #expect(Stylesheet.rules.contains(".table-rows { display: none;"))
    }

    /// The estimate errs wide, as the PDF's measure would: a phone's text width is 343 px.
    @Test func aPhoneHas343PixelsForText() {
        #expect(NarrowTable.contentWidth(screen: NarrowTable.phoneWidth) == 343)
        #expect(NarrowTable.contentWidth(screen: 1280) == 824)
    }
}
