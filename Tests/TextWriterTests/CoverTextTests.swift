import Foundation
import PlainlyModel
import PlainlyTestSupport
import Testing

@testable import TextWriter

/// A cover in the text file: "Easy read", the pictures as the words every format gives for a
/// picture, in the order every format uses, and a slot for a file that cannot be used.
@Suite struct CoverTextTests {
    static func realized(pictures: SourcePictures) -> RealizedDocument {
        let metadata = Metadata(
            title: "Your care review", profile: .easyRead, date: CalendarDate(year: 2026, month: 11, day: 23),
            reviewDate: CalendarDate(year: 2027, month: 11, day: 1), version: "2", authors: ["Riverside Speak Up group"],
            cover: Picture(source: .bank(name: "group_work"), words: .description("People round a table")),
            logo: Picture(source: .file(written: "logo.png", path: "logo.png"), words: .description("Riverside Advocacy")))
        let part = Part(title: "About", anchor: "about", status: .agreed, blocks: [.paragraph(Paragraph(inlines: [.text("Hello.")]))])
        return RealizedDocument(Document(metadata: metadata, parts: [part]), pictures: pictures, name: "review")
    }

    static let png = PictureFile(bytes: Data(), format: .png, pixelWidth: 10, pixelHeight: 10)

    @Test func theCoverSaysWhatItIsAndDescribesItsPictures() throws {
        var pictures = SourcePictures()
        pictures.set(.success(Self.png), for: "bank:group_work")
        pictures.set(.success(Self.png), for: "logo.png")
        let output = TextWriter().write(Self.realized(pictures: pictures))
        let text = String(decoding: try #require(output.files.first).contents, as: UTF8.self)
        let outcome = Golden.compare(text, named: "cover.txt")
        #expect(outcome.passed, "\(outcome.message)")
    }

    @Test func aLogoThatCannotBeShownIsASlot() throws {
        var pictures = SourcePictures()
        pictures.set(.success(Self.png), for: "bank:group_work")
        let output = TextWriter().write(Self.realized(pictures: pictures))
        let text = String(decoding: try #require(output.files.first).contents, as: UTF8.self)
        #expect(text.contains("[Picture: People round a table]"))
        #expect(text.contains("[Picture to add: Riverside Advocacy]"))
    }

    @Test func withoutPicturesTheCoverStillSaysEasyRead() throws {
        let text = TextWriter(options: .init(includePictures: false)).render(Self.realized(pictures: .init()).document)
        #expect(text.contains("Easy read"))
        #expect(!text.contains("[Picture"))
    }
}
