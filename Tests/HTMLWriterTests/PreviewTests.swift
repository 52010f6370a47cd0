import Foundation
import Testing

/// Writes the fixture's page to `$PLAINLY_HTML_PREVIEW` (`…/everything/html/` and
/// `…/everything-single/html/`) so it can be opened in a browser and checked by
/// `Tests/OutputChecks` before any sample goes through the command line.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["PLAINLY_HTML_PREVIEW"] != nil))
struct PreviewTests {
    @Test(arguments: [false, true])
    func writeFixturePreview(singleFile: Bool) throws {
        let root = URL(fileURLWithPath: ProcessInfo.processInfo.environment["PLAINLY_HTML_PREVIEW"]!)
        let folder = root.appendingPathComponent(singleFile ? "everything-single" : "everything")
            .appendingPathComponent("html")
        try? FileManager.default.removeItem(at: folder)
        let (output, _) = try Fixture.render(Fixture.everything, singleFile: singleFile)
        for file in output.files {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.contents.write(to: url)
        }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("index.html").path))
    }
}
