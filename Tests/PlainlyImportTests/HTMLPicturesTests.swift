import Foundation
import PlainlyModel
import Testing

@testable import PlainlyImport

/// A web page's pictures on import: files inside the page's folder are carried with their alt text,
/// their type from their content; everything else is a slot with the alt text, and nothing outside
/// the folder is read.
@Suite struct HTMLPicturesTests {
    static let svg = #"<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="10" height="10"/></svg>"#

    @Test func localPicturesAreCarriedAndOthersBecomeSlots() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("plainly-html-\(UUID().uuidString)")
        let page = scratch.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: page.appendingPathComponent("images"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        // Named .png but an SVG: its type comes from what it holds.
        try Self.svg.write(to: page.appendingPathComponent("images/bus stop.png"), atomically: true, encoding: .utf8)
        try Self.svg.write(to: scratch.appendingPathComponent("secret.svg"), atomically: true, encoding: .utf8)
        try "not a picture".write(to: page.appendingPathComponent("images/fake.png"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: page.appendingPathComponent("images/link.svg"), withDestinationURL: scratch.appendingPathComponent("secret.svg"))
        let html = """
            <html><head><title>Travel</title></head><body><h1>Travel</h1>
            <p>Take the bus.</p>
            <img src="images/bus%20stop.png?v=2" alt="A bus at the stop">
            <img src="https://example.org/map.png" alt="A map of the town">
            <img src="../secret.svg" alt="Outside the folder">
            <img src="images/link.svg" alt="A link out of the folder">
            <img src="images/fake.png" alt="Not really a picture">
            <img src="/etc/passwd" alt="An absolute path">
            </body></html>
            """
        try html.write(to: page.appendingPathComponent("page.html"), atomically: true, encoding: .utf8)
        let out = scratch.appendingPathComponent("out")
        let result = try Importer(options: .init()).importFile(page.appendingPathComponent("page.html"), shown: "page.html", into: out, outputShown: "out")
        #expect(result.files.filter { $0.hasPrefix("pictures/") } == ["pictures/picture-01.svg"])
        #expect(try String(contentsOf: out.appendingPathComponent("pictures/picture-01.svg"), encoding: .utf8) == Self.svg)
        let part = try String(contentsOf: out.appendingPathComponent(try #require(result.files.first { $0.hasPrefix("parts/") })), encoding: .utf8)
        #expect(part.contains("![A bus at the stop](../pictures/picture-01.svg)"))
        for slot in ["A map of the town", "Outside the folder", "A link out of the folder", "Not really a picture", "An absolute path"] {
            #expect(part.contains("![\(slot)]()"), "\(slot)\n\(part)")
        }
        #expect(result.warnings.count == 3, "\(result.warnings)")
    }

    /// HTML's own meaning: no alt text at all is a picture still to describe (a slot asking for it);
    /// `alt=""` is a decorative picture, which carries nothing to import.
    @Test func aPictureWithNoAltTextBecomesASlotAndADecorativeOneIsLeftOut() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("plainly-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        try Self.svg.write(to: scratch.appendingPathComponent("rule.svg"), atomically: true, encoding: .utf8)
        let html = """
            <html><head><title>Travel</title></head><body><h1>Travel</h1>
            <p>Take the bus.</p>
            <img src="https://example.org/photo.jpg">
            <img src="rule.svg" alt="">
            <p>Then walk.</p>
            </body></html>
            """
        try html.write(to: scratch.appendingPathComponent("page.html"), atomically: true, encoding: .utf8)
        let out = scratch.appendingPathComponent("out")
        let result = try Importer(options: .init()).importFile(scratch.appendingPathComponent("page.html"), shown: "page.html", into: out, outputShown: "out")
        let part = try String(contentsOf: out.appendingPathComponent(try #require(result.files.first { $0.hasPrefix("parts/") })), encoding: .utf8)
        #expect(part.components(separatedBy: "]()").count - 1 == 1, "\(part)")
        #expect(!part.contains("rule.svg"))
        #expect(result.files.filter { $0.hasPrefix("pictures/") }.isEmpty)
    }

    @Test(arguments: [
        ("images/a.png", "images/a.png"), ("a%20b.svg#top", "a b.svg"), ("https://x.org/a.png", nil), ("data:image/png;base64,AA", nil),
        ("/a.png", nil), ("//cdn.example.org/a.png", nil), ("", nil), ("bank:doctor_1a", nil),
    ] as [(String, String?)])
    func onlyARelativeFileAddressIsAPath(address: String, path: String?) {
        #expect(HTMLPictures.localPath(address) == path)
    }
}
