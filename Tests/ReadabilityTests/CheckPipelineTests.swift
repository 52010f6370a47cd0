import DocumentReaders
import Foundation
import PlainlyCheck
import PlainlyModel
import Readability
import Testing

/// `plainly check FOLDER` with files that cannot be read: each gets its error as its own entry, with
/// its path, and every other file is still checked and reported.
@Suite struct CheckPipelineTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("plainly-pipeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: folder.appendingPathComponent(name))
    }

    @Test func unreadableFilesAreReportedAndTheRestChecked() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("a-good.txt", Array("Carers can get help with costs. Ask us about it.\n".utf8))
        try write("b-latin1.txt", Array("A fine line.\n\nCaf".utf8) + [0xE9] + Array(" open.\n".utf8))
        try write("c-page.html", Array("<html><body>\n<p>Fine.</p>\n<p>Caf".utf8) + [0xE9] + Array("</p></body></html>".utf8))
        try write("d-broken.docx", Array("not a zip archive at all".utf8))
        try #require(mkfifo(folder.appendingPathComponent("e-pipe.txt").path, 0o600) == 0)
        try write("f-good.html", Array("<p>We reply within 10 days.</p>".utf8))

        let shown = folder.path
        let report = try CheckPipeline().check([shown], options: .init())
        #expect(report.files.map { ($0.path as NSString).lastPathComponent }
            == ["a-good.txt", "b-latin1.txt", "c-page.html", "d-broken.docx", "e-pipe.txt", "f-good.html"])
        #expect(report.failures.count == 4)
        let failures = report.failures.compactMap(\.failure)
        #expect(failures[0] == "\(shown)/b-latin1.txt:3:4: error: the text is not UTF-8 from here on; save it as UTF-8 and try again")
        #expect(failures[1] == "\(shown)/c-page.html:3:7: error: the text is not UTF-8 from here on; save it as UTF-8 and try again")
        #expect(failures[2].hasPrefix("\(shown)/d-broken.docx: error: not a Word document Plainly can read"))
        #expect(failures[3] == "\(shown)/e-pipe.txt: error: not a regular file (a folder, pipe or device); Plainly checks only ordinary files")
        for failure in failures { #expect(!failure.contains("NSCocoaErrorDomain") && !failure.contains("could not be completed")) }
        #expect(report.files[0].result.counts.words == 10)
        #expect(report.files[5].result.counts.words == 5)
        #expect(report.totalCounts.words == 15)

        // Every report format shows each failed file's error as that file's entry.
        let terminal = TerminalReport().render(report)
        for failure in failures { #expect(terminal.contains(failure)) }
        #expect(terminal.contains("Total for 6 files (4 could not be read)"))
        let json = try JSONSerialization.jsonObject(with: Data(JSONReport().render(report).utf8)) as? [String: Any]
        let files = json?["files"] as? [[String: Any]]
        #expect(files?.compactMap { $0["error"] as? String } == failures)
        #expect(files?[0]["error"] == nil)
        let html = HTMLReport().render(report)
        #expect(html.contains("This file could not be checked.</strong> \(shown)/e-pipe.txt: error: not a regular file"))
    }

    /// The whole-input budget (`InputLimits.maximumInputBytes`) for .txt and .html, kept from the
    /// file's size before anything is read (the files here are sparse: nothing is written).
    @Test(arguments: ["big.txt", "big.html"])
    func fileOverTheBudgetIsRefused(name: String) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try #require(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(InputLimits.maximumInputBytes + 1))
        try handle.close()
        let reports = try CheckPipeline().check(path: url.path, options: .init())
        #expect(reports.first?.failure == "\(url.path): error: refused: the file holds more than 64 MB, far more than any real document")
    }

    /// A subfolder named like a file is not checked, and a link to nowhere stops only itself: neither
    /// may end the check of the folder.
    @Test func subfoldersAndDanglingLinksDoNotStopTheFolder() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("notes.html"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("gone.txt").path, withDestinationPath: "nowhere.txt")
        try write("good.txt", Array("We reply within 10 days.\n".utf8))
        let report = try CheckPipeline().check([folder.path], options: .init())
        #expect(report.files.map { ($0.path as NSString).lastPathComponent } == ["gone.txt", "good.txt"])
        #expect(report.files[0].failure == "\(folder.path)/gone.txt: error: no such file or folder")
        #expect(report.files[1].result.counts.words == 5)
    }
}
