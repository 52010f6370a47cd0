import PlainlyModel
import Testing

/// A cover in the model: what `DocumentAssembly.titlePage` carries, in which order every format
/// says it, and that walkers meet the cover's pictures like any other.
@Suite struct CoverTitlePageTests {
    static let cover = Picture(source: .bank(name: "group_work"), words: .description("People round a table"))
    static let logo = Picture(source: .file(written: "logo.svg", path: "logo.svg"), words: .description("Riverside Advocacy"))

    static func document(profile: Profile, cover: Picture? = cover, logo: Picture? = logo) -> Document {
        Document(metadata: Metadata(
            title: "Your care review", profile: profile, reviewDate: CalendarDate(year: 2027, month: 10, day: 1),
            version: "2", authors: ["Sam"], cover: cover, logo: logo), parts: [Part(blocks: [])])
    }

    @Test(arguments: [(Profile.easyRead, "Easy read"), (.largePrint, "Large print")])
    func aCoverSaysWhatTheDocumentIsMadeFor(profile: Profile, name: String) {
        #expect(Wording.profileName(profile) == name)
        #expect(DocumentAssembly(Self.document(profile: profile)).titlePage.profileName == name)
        #expect(DocumentAssembly(Self.document(profile: profile, cover: nil)).titlePage.profileName == name, "a logo alone is a cover")
    }

    @Test func plainDocumentsAndTitlePagesWithoutACoverSayNothingMore() {
        #expect(Wording.profileName(.plain) == nil)
        let page = DocumentAssembly(Self.document(profile: .easyRead, cover: nil, logo: nil)).titlePage
        #expect(page.profileName == nil)
        #expect(page.detailsBeforeLogo == page.details)
        #expect(page.detailsAfterLogo.isEmpty)
    }

    /// The review date is said with the date; who made it and the version after the logo.
    @Test func aCoversDetailsAreSplitAroundTheLogo() {
        let page = DocumentAssembly(Self.document(profile: .easyRead)).titlePage
        #expect(page.detailsBeforeLogo == ["Review date: October 2027"])
        #expect(page.detailsAfterLogo == ["Made by Sam.", "Version: 2"])
        #expect(page.details == page.detailsAfterLogo + page.detailsBeforeLogo)
        #expect(page.cover == Self.cover && page.logo == Self.logo)
    }

    @Test func walkersMeetTheCoverPicturesFirst() {
        struct Collector: ContentWalker {
            var seen: [String] = []
            mutating func visitPicture(_ picture: Picture) { seen.append(picture.description) }
        }
        var collector = Collector()
        collector.visitDocument(Self.document(profile: .easyRead))
        #expect(collector.seen == ["People round a table", "Riverside Advocacy"])
        #expect(!DocumentAssembly(Self.document(profile: .easyRead)).pictureCredit.isEmpty, "a bank cover is credited")
    }
}
