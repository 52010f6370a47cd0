import Foundation
import PlainlyModel
import Testing

@testable import PlainlySource

/// A picture's type and size come from its content, checked before anything decodes it.
@Suite struct PictureInspectorTests {
    static func inspect(_ data: Data) -> Result<PictureInspector.Found, PictureProblem> {
        PictureInspector.inspect(data)
    }

    static func inspect(_ text: String) -> Result<PictureInspector.Found, PictureProblem> {
        PictureInspector.inspect(Data(text.utf8))
    }

    static func reason(_ result: Result<PictureInspector.Found, PictureProblem>) -> String? {
        if case .failure(.notAPicture(let reason)) = result { return reason }
        return nil
    }

    @Test(arguments: [
        (SamplePictures.pngHeader(width: 640, height: 480), PictureFormat.png, 640, 480),
        (SamplePictures.jpegHeader(width: 800, height: 600), .jpeg, 800, 600),
        (Data(Array("GIF89a".utf8) + [0x40, 0x01, 0xF0, 0x00, 0, 0, 0]), .gif, 320, 240),
        (Data(Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WEBPVP8X".utf8) + [10, 0, 0, 0, 0, 0, 0, 0]
              + [0x3F, 0x01, 0x00, 0xEF, 0x00, 0x00]), .webp, 320, 240),
        (Data(SamplePictures.svg.utf8), .svg, 120, 90),
        (Data("<?xml version=\"1.0\"?>\n<!-- drawn by hand -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 30\"/>".utf8),
         .svg, 40, 30),
        (Data("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2in\" height=\"1in\"/>".utf8),
         .svg, 192, 96),
    ] as [(Data, PictureFormat, Int, Int)])
    func recognisesPicturesAndTheirSizeByContent(data: Data, format: PictureFormat, width: Int, height: Int) throws {
        let found = try Self.inspect(data).get()
        #expect(found == PictureInspector.Found(format: format, width: width, height: height))
    }

    @Test(arguments: [
        "not a picture", "", "%PDF-1.7", "<html><body><svg xmlns=\"http://www.w3.org/2000/svg\"/></body></html>",
        "Some notes <svg> about pictures", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>",
    ])
    func refusesWhatIsNotAPicture(text: String) {
        guard case .failure(.notAPicture) = Self.inspect(text) else {
            Issue.record("'\(text)' was taken as a picture")
            return
        }
    }

    @Test func aSmallPNGClaimingHugeSizeIsRefusedFromItsHeader() {
        let reason = Self.reason(Self.inspect(SamplePictures.pngHeader(width: 20_000, height: 20_000)))
        #expect(reason?.contains("20000 × 20000 pixels") == true)
        #expect(reason?.contains("at most 16384 pixels on a side") == true)
        // Within the side limit but over the pixel count.
        let tooMany = Self.reason(Self.inspect(SamplePictures.pngHeader(width: 8_000, height: 6_000)))
        #expect(tooMany?.contains("at most 40 million pixels") == true)
        #expect((try? Self.inspect(SamplePictures.pngHeader(width: 8_000, height: 5_000)).get()) != nil)
    }

    @Test func aJPEGClaimingHugeSizeOrNoSizeIsRefused() {
        #expect(Self.reason(Self.inspect(SamplePictures.jpegHeader(width: 20_000, height: 20_000)))?.contains("16384") == true)
        #expect(Self.reason(Self.inspect(SamplePictures.jpegHeader(width: 800, height: 600, frame: false)))?
            .contains("no frame header") == true)
        #expect(Self.reason(Self.inspect(SamplePictures.jpegHeader(width: 800, height: 0)))?
            .contains("no frame header") == true)
    }

    @Test func aPNGWithoutAnIHDRIsRefused() {
        var data = SamplePictures.pngHeader(width: 10, height: 10)
        data.replaceSubrange(12..<16, with: Array("tEXt".utf8))
        #expect(Self.reason(Self.inspect(data))?.contains("IHDR") == true)
    }

    static let unsafeSVGs: [(name: String, svg: String)] = [
        ("entity bomb", """
            <?xml version="1.0"?>
            <!DOCTYPE svg [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>
            """),
        ("external entity", """
            <!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>
            """),
        ("image from a file", """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">\
            <image xlink:href="../../secret/photo.png" width="10" height="10"/></svg>
            """),
        ("image from the web", """
            <svg xmlns="http://www.w3.org/2000/svg"><image href="https://example.org/x.png"/></svg>
            """),
        ("use of another file", """
            <svg xmlns="http://www.w3.org/2000/svg"><use href="other.svg#shape"/></svg>
            """),
        ("style with url", """
            <svg xmlns="http://www.w3.org/2000/svg"><rect style="fill: url(file:///etc/passwd)"/></svg>
            """),
        ("style sheet import", """
            <svg xmlns="http://www.w3.org/2000/svg"><style>@import "https://example.org/a.css";</style></svg>
            """),
        ("style element url", """
            <svg xmlns="http://www.w3.org/2000/svg"><style>rect { fill: url(http://example.org/p.svg#g) }</style></svg>
            """),
        ("xml-stylesheet", """
            <?xml-stylesheet href="https://example.org/a.css"?>
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """),
        ("an embedded PNG claiming 20000 × 20000", "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"data:image/png;base64,"
            + SamplePictures.pngHeader(width: 20_000, height: 20_000).base64EncodedString() + "\"/></svg>"),
        ("an embedded SVG with entities", "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"data:image/svg+xml;base64,"
            + Data("<!DOCTYPE svg [<!ENTITY a \"lol\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&a;</svg>".utf8).base64EncodedString()
            + "\"/></svg>"),
        ("nested 10,000 deep", "<svg xmlns=\"http://www.w3.org/2000/svg\">" + String(repeating: "<g>", count: 10_000)
            + String(repeating: "</g>", count: 10_000) + "</svg>"),
        ("absurd size", """
            <svg xmlns="http://www.w3.org/2000/svg" width="100000" height="100000"/>
            """),
        ("absurd size in units", """
            <svg xmlns="http://www.w3.org/2000/svg" width="1e300mm" height="10"/>
            """),
    ]

    @Test(arguments: unsafeSVGs)
    func refusesSVGsThatReachOutsideThemselves(name: String, svg: String) {
        guard case .failure(.notAPicture) = Self.inspect(svg) else {
            Issue.record("\(name) was accepted")
            return
        }
    }

    @Test func keepsSVGsThatReferOnlyToThemselves() throws {
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
            <defs><linearGradient id="g"><stop offset="0"/></linearGradient><circle id="c" r="2"/></defs>
            <style>circle { fill: url(#g) }</style>
            <rect width="10" height="10" style="fill: url('#g')"/>
            <use xlink:href="#c"/>
            <image href="data:image/png;base64,\(SamplePictures.pngHeader(width: 4, height: 4).base64EncodedString())" width="1" height="1"/>
            </svg>
            """
        #expect(try Self.inspect(svg).get().format == .svg)
        // A large viewBox is a coordinate system, not a size: a map may count in metres.
        let map = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100000 80000\"/>"
        #expect(try Self.inspect(map).get().format == .svg)
        // Many elements side by side are not nesting.
        let wide = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
            + String(repeating: "<g><rect width=\"1\" height=\"1\"/></g>", count: 5_000) + "</svg>"
        #expect(try Self.inspect(wide).get().format == .svg)
    }
}
