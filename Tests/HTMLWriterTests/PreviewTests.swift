import Foundation
import HTMLWriter
import PlainlyModel
import PlainlySource
import PlainlyTestSupport
import Testing

/// Writes pages to `$PLAINLY_HTML_PREVIEW/<name>/html/`, to open in a browser and to run
/// `Tests/OutputChecks` on without the command line: the code-built fixture (as a folder and as a
/// single file), the shared source fixture, and every sample in `Content/`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["PLAINLY_HTML_PREVIEW"] != nil))
struct PreviewTests {
    static var root: URL { URL(fileURLWithPath: ProcessInfo.processInfo.environment["PLAINLY_HTML_PREVIEW"]!) }

    static var samples: [URL] {
        let content = Fixtures.folder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Content")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: content.path)) ?? []
        return names.sorted().map { content.appendingPathComponent($0) } + [Fixtures.everyConstruct]
    }

    static func write(_ files: [RenderedOutputFile], named name: String) throws -> URL {
        let folder = root.appendingPathComponent(name).appendingPathComponent("html")
        try? FileManager.default.removeItem(at: folder)
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.contents.write(to: url)
        }
        return folder.appendingPathComponent("index.html")
    }

    @Test(arguments: [false, true])
    func writeFixturePreview(singleFile: Bool) throws {
        let (output, _) = try Fixture.render(Fixture.everything, singleFile: singleFile)
        let page = try Self.write(output.files, named: singleFile ? "fixture-single" : "fixture")
        #expect(FileManager.default.fileExists(atPath: page.path))
    }

    @Test(arguments: samples)
    func writeSamplePreview(source: URL) throws {
        let reading = try SourceReader().read(at: source)
        let writer = HTMLWriter(options: .init(fontsDirectory: Fixture.fontsDirectory))
        let output = writer.render(reading.document, pictures: reading.pictures)
        for diagnostic in output.diagnostics { print(diagnostic.formatted(pathPrefix: source.lastPathComponent)) }
        let page = try Self.write(output.files, named: source.lastPathComponent)
        #expect(FileManager.default.fileExists(atPath: page.path))
    }
}

typealias RenderedOutputFile = RenderedOutput.File
