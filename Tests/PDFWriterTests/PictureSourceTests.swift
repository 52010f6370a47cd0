import Foundation
import PageLayout
import PlainlyModel
import PlainlySource
import Testing

@testable import PDFWriter

/// The PDF writer takes its pictures from what the source reader read, never from the disk, and a
/// picture the reader refused is a slot and a warning.
@Suite struct PictureSourceTests {
    static func document(_ paths: [String]) -> Document {
        Document(metadata: Metadata(title: "Pictures", profile: .easyRead), parts: [Part(
            blocks: paths.enumerated().map { PDFWriterTests.row($1, "Picture \($0 + 1)", $0 + 3) })])
    }

    static func render(_ paths: [String], _ pictures: SourcePictures) throws -> RenderedOutput {
        try PDFWriter(options: .init(fontsDirectory: PDFWriterTests.fonts)).render(document(paths), pictures: pictures)
    }

    /// What a picture that cannot be shown is reported as, in every format (`PictureWarning`).
    static let pictureIDs: Set = ["missing-picture", "unreadable-picture", "unsupported-picture", "outside-source"]

    @Test func picturesComeFromTheReadingNotTheDisk() throws {
        let jpeg = try Data(contentsOf: PDFWriterTests.fixtures.appendingPathComponent("pictures/calendar.jpg"))
        let pictures = SourcePictures([
            "not/on/any/disk.jpg": .success(PictureFile(bytes: jpeg, format: .jpeg, pixelWidth: 240, pixelHeight: 240)),
        ])
        let output = try Self.render(["not/on/any/disk.jpg"], pictures)
        #expect(!output.diagnostics.contains { PictureSourceTests.pictureIDs.contains($0.id) })
        let objects = try PDFFile(pdf: output.files[0].contents).allObjects
        #expect(objects.contains { $0["Filter"] == .name("DCTDecode") && $0["Width"] == .integer(240) })
    }

    @Test func refusedPicturesAreSlotsWithTheReasonSaid() throws {
        let gif = PictureFile(bytes: Data("GIF89a".utf8), format: .gif, pixelWidth: 1, pixelHeight: 1)
        let pictures = SourcePictures([
            "far/away.svg": .failure(.outsideSource),
            "huge.png": .failure(.notAPicture(reason: "it is 20000 × 20000 pixels; a picture may be at most 16384 pixels on a side")),
            "moving.gif": .success(gif),
        ])
        let output = try Self.render(["far/away.svg", "huge.png", "moving.gif", "nowhere.png"], pictures)
        let warnings = output.diagnostics.filter { PictureSourceTests.pictureIDs.contains($0.id) }
        #expect(warnings.map { $0.location?.line } == [3, 4, 5, 6])
        #expect(warnings[0].message.contains("outside the source folder"))
        #expect(warnings[1].message.contains("20000 × 20000 pixels"))
        #expect(warnings[2].message.contains("PNG, JPEG and SVG"))
        #expect(warnings[3].message.contains("was not found"))
        #expect(warnings.map(\.id) == ["outside-source", "unsupported-picture", "unsupported-picture", "missing-picture"])
    }

    @Test func aSmallPNGClaimingAHugeSizeIsNeverDecoded() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plainly-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A real PNG's first chunk, claiming 20000 × 20000, then a few zero bytes.
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8))
        png += Data([0, 0, 0x4E, 0x20, 0, 0, 0x4E, 0x20, 8, 6, 0, 0, 0, 0, 0, 0, 0])
        png += Data(count: 47 * 1024)
        try png.write(to: folder.appendingPathComponent("huge.png"))
        let document = Self.document(["huge.png"])
        let pictures = PictureReader(folder: SourceFolder(base: folder)).read(document)
        let clock = ContinuousClock()
        var output: RenderedOutput?
        let elapsed = try clock.measure { output = try PDFWriter(options: .init(fontsDirectory: PDFWriterTests.fonts)).render(document, pictures: pictures) }
        let warning = try #require(output?.diagnostics.first { PictureSourceTests.pictureIDs.contains($0.id) })
        #expect(warning.message.contains("20000 × 20000 pixels"))
        #expect(elapsed < .seconds(10))
    }
}
