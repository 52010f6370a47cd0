import PageLayout
import PlainlyModel
import PlainlyTestSupport
import Testing

/// A cover page (`cover:`, `logo:`): a large picture, the title, "Easy read", the dates and the logo
/// on one page, who made it and the version inside the cover with the contents; and a board paper's
/// "About this paper" on its title page when it fits.
@Suite struct CoverPageTests {
    static let sizes = [
        "pictures/cover.svg": Size(width: Points(400), height: Points(300)),
        "pictures/logo.svg": Size(width: Points(300), height: Points(100)),
    ]

    static func picture(_ path: String?, _ words: String, line: Int) -> Picture {
        Picture(source: path.map { .file(written: $0, path: $0) } ?? .slot, words: .description(words), location: Samples.at(line))
    }

    static func document(cover: String? = "pictures/cover.svg", logo: String? = "pictures/logo.svg", profile: Profile = .easyRead) -> Document {
        let metadata = Metadata(
            title: "Your care review", subtitle: "What happens and how to get ready", profile: profile,
            date: CalendarDate(year: 2026, month: 11, day: 23), reviewDate: CalendarDate(year: 2027, month: 11, day: 1),
            version: "2", authors: ["Riverside Speak Up group"],
            cover: picture(cover, "People sitting round a table", line: 6),
            logo: picture(logo, "Riverside Advocacy", line: 9))
        let parts = (1...5).map { number in
            Part(title: "Part \(number)", anchor: "part-\(number)", status: .agreed,
                 blocks: [Samples.paragraph("Some words for part \(number).", line: 20 + number)])
        }
        return Document(metadata: metadata, parts: parts)
    }

    static func layout(_ document: Document, profile: LayoutProfile = .easyRead) throws -> PageLayoutResult {
        try DocumentLayout(profile: profile, measurer: FixedAdvanceMeasurer()).layout(document, pictureSizes: sizes)
    }

    static func text(of page: Page) -> String {
        PageDump.render([page])
    }

    @Test func theCoverHoldsItsPictureTitleProfileDatesAndLogoOnOnePage() throws {
        let result = try Self.layout(Self.document())
        #expect(!result.diagnostics.contains { $0.id == "group-split" || $0.id == "taller-than-page" }, "\(result.diagnostics)")
        let first = Self.text(of: result.pages[0])
        for words in ["Your care review", "Easy read", "23 November 2026", "Review date: November 2027",
                      #"Figure alt="People sitting round a table""#, #"Figure alt="Riverside Advocacy""#] {
            #expect(first.contains(words), "page 1 lacks \(words)")
        }
        #expect(!first.contains("Made by"))
        // Inside the cover: who made it and the version, then the contents on the same page.
        let second = Self.text(of: result.pages[1])
        #expect(second.contains("Riverside Speak Up group"))
        #expect(second.contains("Version: 2"))
        #expect(second.contains("What is in this guide"))
        let outcome = Golden.compare(PageDump.render(Array(result.pages.prefix(2))), named: "easy-read-cover.txt")
        #expect(outcome.passed, "\(outcome.message)")
    }

    @Test func theCoverPictureIsLargeAndTheLogoAtTheFoot() throws {
        let page = try Self.layout(Self.document()).pages[0]
        let pictures = page.items.compactMap { item -> PictureBox? in
            if case .box(.picture(let box)) = item { return box }
            return nil
        }
        let cover = try #require(pictures.first { $0.path == "pictures/cover.svg" })
        let logo = try #require(pictures.first { $0.path == "pictures/logo.svg" })
        #expect(cover.frame.height.value >= 841.89 * 0.2, "the cover picture is a large one")
        #expect(logo.frame.y > cover.frame.maxY)
        #expect(logo.frame.maxY.value > 841.89 * 0.75, "the logo sits at the foot of the page")
    }

    /// Missing files are slots, sized to the room, and the page still holds together.
    @Test func missingPicturesAreSlotsOnTheCover() throws {
        let result = try Self.layout(Self.document(cover: "pictures/gone.svg", logo: nil))
        #expect(!result.diagnostics.contains { $0.id == "group-split" })
        let first = Self.text(of: result.pages[0])
        #expect(first.contains("Picture to add:"))
        #expect(first.contains("dashed"))
    }

    @Test func largePrintSaysSo() throws {
        let result = try Self.layout(Self.document(profile: .largePrint), profile: .largePrint)
        #expect(Self.text(of: result.pages[0]).contains("Large print"))
    }

    /// Without `cover:` or `logo:` nothing changes: no profile name, the details stay on the title page.
    @Test func withoutACoverTheTitlePageIsAsBefore() throws {
        let result = try Self.layout(Self.document(cover: nil, logo: nil).withoutCover)
        let first = Self.text(of: result.pages[0])
        #expect(!first.contains("Easy read"))
        #expect(first.contains("Riverside Speak Up group"))
    }

    /// A paper whose cover block cannot share its title page at this size: on the next page, said once.
    @Test func aPaperCoverTooLongForTheTitlePageStartsTheNextPageSaidOnce() throws {
        var document = Samples.largePrintPaper
        document.metadata.paper.purpose = String(repeating: "To agree how care reviews are done from now on. ", count: 20)
        let result = try DocumentLayout(profile: .largePrint, measurer: FixedAdvanceMeasurer()).layout(document)
        #expect(result.diagnostics.filter { $0.id == "paper-cover-own-page" }.count == 1)
        #expect(!Self.text(of: result.pages[0]).contains("About this paper"))
        #expect(Self.text(of: result.pages[1]).contains("About this paper"))
    }

    /// A title taller than a page, with or without a paper's cover block, is split and reported by
    /// the paginator, never a crash.
    @Test(arguments: [DocumentKind.guide, .paper])
    func aTitleTallerThanAPageIsSplitAndSaid(kind: DocumentKind) throws {
        var document = Samples.largePrintPaper
        document.metadata.kind = kind
        document.metadata.title = String(repeating: "A very long title for a board paper. ", count: 40)
        let result = try DocumentLayout(profile: .largePrint, measurer: FixedAdvanceMeasurer()).layout(document)
        #expect(result.diagnostics.contains { $0.id == "group-split" || $0.id == "taller-than-page" })
        #expect(result.pages.count > 2)
    }

    @Test func aPaperCoverThatFitsIsOnTheTitlePage() throws {
        let result = try DocumentLayout(profile: .largePrint, measurer: FixedAdvanceMeasurer()).layout(Samples.largePrintPaper)
        #expect(Self.text(of: result.pages[0]).contains("About this paper"))
        #expect(!result.diagnostics.contains { $0.id == "paper-cover-own-page" })
    }
}

extension Document {
    fileprivate var withoutCover: Document {
        var copy = self
        copy.metadata.cover = nil
        copy.metadata.logo = nil
        return copy
    }
}
