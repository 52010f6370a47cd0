import Foundation
import PlainlyModel
import Testing

@testable import TextWriter

/// Issue 16: the text file said "[Picture: A bus]" for a picture whose file does not exist, while
/// the PDF and the web page showed a slot. A picture is shown only when its file can be used.
@Suite struct UnusablePictureTests {
    @Test func aMissingFileIsWrittenAsASlot() throws {
        let picture = Picture(source: .file(written: "bus.png", path: "bus.png"), words: .description("A bus at the stop"))
        let document = Document(metadata: Metadata(title: "Bus", profile: .easyRead), parts: [Part(blocks: [.picture(picture)])])
        let missing = TextWriter().write(RealizedDocument(document, name: "bus"))
        let text = String(decoding: try #require(missing.files.first).contents, as: UTF8.self)
        #expect(text.contains("[Picture to add: A bus at the stop]"))
        #expect(!text.contains("[Picture: A bus"))

        var pictures = SourcePictures()
        pictures.set(.success(PictureFile(bytes: Data(), format: .png, pixelWidth: 10, pixelHeight: 10)), for: "bus.png")
        let found = TextWriter().write(RealizedDocument(document, pictures: pictures, name: "bus"))
        #expect(String(decoding: try #require(found.files.first).contents, as: UTF8.self).contains("[Picture: A bus at the stop]"))
    }
}
