import Foundation
@testable import HTMLWriter
import PlainlyModel
import Testing

/// Fonts and pictures: copied under `assets/` or embedded, never linked from outside the output,
/// and a picture that cannot be used becomes a visible slot and a warning.
@Suite struct AssetTests {
    static func document(pictures: [(path: String, words: Picture.Words)]) -> Document {
        let blocks: [Block] = pictures.enumerated().map { index, picture in
            .easyReadRow(EasyReadRow(
                picture: Picture(source: .file(written: picture.path, path: picture.path), words: picture.words,
                                 location: Fixture.at(index + 1)),
                lines: [TextLine(inlines: [.text("Line \(index + 1)")])]))
        }
        return Document(metadata: Metadata(title: "Pictures"), parts: [Part(blocks: blocks)])
    }

    @Test func singleFileEmbedsEverythingAndWritesOneFile() throws {
        let (output, html) = try Fixture.render(Fixture.everything, singleFile: true)
        #expect(output.files.map(\.path) == ["index.html"])
        #expect(!html.contains("assets/"))
        #expect(html.contains("src=\"data:image/svg+xml;base64,"))
        #expect(html.contains("src=\"data:image/png;base64,"))
        #expect(html.components(separatedBy: "url(\"data:font/ttf;base64,").count == 3)
        #expect(html.contains("<style>"))
        #expect(!html.contains("<link rel=\"stylesheet\""))
    }

    @Test func folderOutputHasOnlySafeRelativePaths() throws {
        let (output, html) = try Fixture.render(Fixture.everything)
        for file in output.files {
            #expect(file.path == "index.html" || file.path.hasPrefix("assets/"))
            #expect(!file.path.split(separator: "/").contains(".."))
            #expect(!file.path.hasPrefix("/"))
        }
        let css = try #require(output.files.first { $0.path == "assets/plainly.css" })
        let stylesheet = String(decoding: css.contents, as: UTF8.self)
        #expect(stylesheet.contains("url(\"fonts/AtkinsonHyperlegible-Regular.ttf\")"))
        #expect(output.files.contains { $0.path == "assets/fonts/OFL.txt" })
        #expect(html.contains("<link rel=\"stylesheet\" href=\"assets/plainly.css\">"))
    }

    @Test func aPictureUsedTwiceIsCopiedOnce() throws {
        let doc = Self.document(pictures: [
            ("pictures/meeting.svg", .description("A meeting")), ("pictures/meeting.svg", .description("A meeting")),
        ])
        let (output, html) = try Fixture.render(doc)
        #expect(output.files.filter { $0.path.hasPrefix("assets/pictures/") }.map(\.path) == ["assets/pictures/meeting.svg"])
        #expect(html.components(separatedBy: "src=\"assets/pictures/meeting.svg\"").count == 3)
    }

    @Test func unusablePicturesBecomeSlotsWithAWarningEach() throws {
        let doc = Self.document(pictures: [
            ("pictures/missing.png", .description("A calendar")),
            ("pictures/fake.png", .description("A bus")),
            ("pictures", .description("A folder")),
            ("pictures/missing.png", .decorative),
        ])
        let (output, html) = try Fixture.render(doc)
        #expect(!html.contains("<img"))
        #expect(html.contains("<p class=\"slot\">Picture to add: A calendar</p>"))
        #expect(html.contains("<p class=\"slot\">Picture to add: A bus</p>"))
        #expect(html.contains("<p class=\"slot\">Picture to add</p>"))
        #expect(output.diagnostics.map(\.id) == ["missing-picture", "unsupported-picture", "unreadable-picture", "missing-picture"])
        #expect(output.diagnostics.map { $0.location?.line } == [1, 2, 3, 4])
        #expect(output.diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test func pictureNamesAreMadeSafeAndKeptApart() throws {
        let base = try Fixture.makeBaseDirectory()
        defer { try? FileManager.default.removeItem(at: base) }
        let other = base.appendingPathComponent("other pictures", isDirectory: true)
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try Data(Fixture.svg.utf8).write(to: other.appendingPathComponent("meeting.svg"))
        // A PNG saved with the wrong extension keeps its real type.
        try Fixture.png.write(to: other.appendingPathComponent("Our \"Team\" <photo>.jpeg"))

        let paths = ["pictures/meeting.svg", "other pictures/meeting.svg", "other pictures/Our \"Team\" <photo>.jpeg"]
        let document = Self.document(pictures: paths.map { ($0, .description("A picture")) })
        var assets = AssetCollector(pictures: Fixture.pictures(for: document, in: base), embed: false)
        #expect(try assets.picture(path: "pictures/meeting.svg").get().value == "assets/pictures/meeting.svg")
        #expect(try assets.picture(path: "other pictures/meeting.svg").get().value == "assets/pictures/meeting-2.svg")
        #expect(try assets.picture(path: "other pictures/Our \"Team\" <photo>.jpeg").get().value == "assets/pictures/Our-Team-photo.png")
    }

    @Test func missingFontsAreReportedAndThePageStillRenders() throws {
        let base = try Fixture.makeBaseDirectory()
        defer { try? FileManager.default.removeItem(at: base) }
        let writer = HTMLWriter(options: .init(fontsDirectory: base.appendingPathComponent("no-fonts-here")))
        let output = writer.render(Fixture.everything, pictures: Fixture.pictures(for: Fixture.everything, in: base))
        #expect(output.diagnostics.filter { $0.id == "font-missing" }.count == 2)
        #expect(!output.files.contains { $0.path.hasPrefix("assets/fonts/") })
        let css = try #require(output.files.first { $0.path == "assets/plainly.css" })
        #expect(!String(decoding: css.contents, as: UTF8.self).contains("@font-face"))
    }
}

/// The web page takes its pictures from what the source reader read, never from the disk.
@Suite struct PictureSourceTests {
    @Test func picturesComeFromTheReadingNotTheDisk() throws {
        let file = PictureFile(bytes: Fixture.png, format: .png, pixelWidth: 1, pixelHeight: 1)
        let pictures = SourcePictures(["not/on/any/disk.png": .success(file)])
        let document = AssetTests.document(pictures: [("not/on/any/disk.png", .description("A phone"))])
        let output = HTMLWriter(options: .init(fontsDirectory: Fixture.fontsDirectory)).render(document, pictures: pictures)
        let copy = try #require(output.files.first { $0.path == "assets/pictures/disk.png" })
        #expect(copy.contents == Fixture.png)
        #expect(output.diagnostics.isEmpty)
    }

    @Test func refusedPicturesAreSlotsWithTheReasonSaid() throws {
        let pictures = SourcePictures([
            "far/away.svg": .failure(.outsideSource),
            "huge.png": .failure(.notAPicture(reason: "it is 20000 × 20000 pixels; a picture may be at most 16384 pixels on a side")),
            "pipe.svg": .failure(.unreadable(reason: "it is a folder, FIFO or device, not a picture file")),
        ])
        let document = AssetTests.document(pictures: [
            ("far/away.svg", .description("Far")), ("huge.png", .description("Huge")), ("pipe.svg", .description("Pipe")),
        ])
        let output = HTMLWriter(options: .init(fontsDirectory: Fixture.fontsDirectory)).render(document, pictures: pictures)
        let html = String(decoding: try #require(output.files.first { $0.path == "index.html" }).contents, as: UTF8.self)
        #expect(!html.contains("<img"))
        #expect(!output.files.contains { $0.path.hasPrefix("assets/pictures/") })
        #expect(output.diagnostics.map(\.id) == ["outside-source", "unsupported-picture", "unreadable-picture"])
        #expect(output.diagnostics[1].message.contains("20000 × 20000 pixels"))
        #expect(output.diagnostics[2].message.contains("FIFO"))
    }

    @Test func aFileThatOnlyMentionsSVGIsNotCopied() throws {
        let base = try Fixture.makeBaseDirectory()
        defer { try? FileManager.default.removeItem(at: base) }
        try Data("<html><body><svg xmlns=\"http://www.w3.org/2000/svg\"/><script>alert(1)</script></body></html>".utf8)
            .write(to: base.appendingPathComponent("pictures/page.svg"))
        let document = AssetTests.document(pictures: [("pictures/page.svg", .description("A page"))])
        let output = HTMLWriter(options: .init(fontsDirectory: Fixture.fontsDirectory))
            .render(document, pictures: Fixture.pictures(for: document, in: base))
        #expect(!output.files.contains { $0.path.hasPrefix("assets/pictures/") })
        #expect(output.diagnostics.map(\.id) == ["unsupported-picture"])
    }
}
