import DocxWriter
import Foundation
import PlainlyModel
import PlainlySource
import PlainlyTestSupport
import Testing
import TextWriter

@testable import PlainlyImport

/// `plainly import` of Plainly's own Word file gives back the source: for every sample in Content/
/// (and the fixtures of every construct and of bank symbols), build the Word file, import it, and
/// load the imported source again.
///
/// What is compared, exactly: the realized documents (the profile applied, easy read's one sentence a
/// line) dumped by `TreeDump` (metadata, every part with its title, writers and status, and every
/// block and inline: headings and their levels, paragraphs, strong and emphasis, links, lists with
/// their nesting and numbering, tables with header and caption, easy-read rows, callouts with kind
/// and title, pictures with their words), with four differences allowed for: source positions; picture
/// paths (a picture is compared by its file's bytes instead); a picture whose file is missing or
/// cannot be used, which every format shows as a slot, compared as one; and the glossary's order (the
/// Word file lists hard words sorted, as every format shows them). And the plain text the text
/// writer makes of each, which must be the same to the character.
@Suite struct PlainlyRoundTripTests {
    static let content = Fixtures.folder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Content")
    static let samples = ((try? FileManager.default.contentsOfDirectory(atPath: content.path)) ?? []).sorted()
    /// Besides the samples, the fixture that uses every construct a source can, and the one with bank symbols.
    static let fixtures = ["every-construct", "bank-pictures"]

    @Test(arguments: samples)
    func aSampleComesBackFromItsOwnWordFile(sample: String) throws {
        try roundTrip(Self.content.appendingPathComponent(sample), name: sample)
    }

    @Test(arguments: fixtures)
    func aFixtureComesBackFromItsOwnWordFile(fixture: String) throws {
        try roundTrip(Fixtures.url(fixture), name: fixture)
    }

    func roundTrip(_ source: URL, name sample: String) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("plainly-roundtrip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }

        let original = try SourceLoader().load(path: source.path)
        let realized = RealizedDocument(original.document, pictures: original.pictures, name: sample)
        let word = try DocxWriter().write(realized).files[0].contents
        let file = scratch.appendingPathComponent("\(sample).docx")
        try word.write(to: file)
        let imported = scratch.appendingPathComponent("imported")
        _ = try Importer(options: .init()).importFile(file, shown: "\(sample).docx", into: imported, outputShown: "imported")
        let again = try SourceLoader().load(path: imported.path)
        #expect(!again.diagnostics.contains { $0.severity == .error }, "\(again.diagnostics)")
        let back = RealizedDocument(again.document, pictures: again.pictures, name: sample)

        #expect(Self.shape(realized) == Self.shape(back))
        let text = { (document: RealizedDocument) in String(decoding: TextWriter().write(document).files[0].contents, as: UTF8.self) }
        #expect(text(realized) == text(back))
    }

    static let soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// LibreOffice keeps the styles and bookmarks when it saves a Word file again, but drops the content
    /// controls' tags and the document variables: the sections Plainly made are still known by their
    /// headings' bookmarks, and `--profile` says the profile the file no longer does.
    @Test(.enabled(if: soffice != nil, "needs LibreOffice (scripts/setup installs it)"))
    func aWordFileSavedAgainByLibreOfficeStillComesBack() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("plainly-resaved-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let sample = "expert-by-experience"
        let original = try SourceLoader().load(path: Self.content.appendingPathComponent(sample).path)
        let realized = RealizedDocument(original.document, pictures: original.pictures, name: sample)
        try DocxWriter().write(realized).files[0].contents.write(to: scratch.appendingPathComponent("made.docx"))
        let convert = Process()
        convert.executableURL = URL(fileURLWithPath: Self.soffice!)
        convert.arguments = [
            "-env:UserInstallation=file://\(scratch.path)/profile", "--headless", "--convert-to", "docx:MS Word 2007 XML",
            "--outdir", scratch.appendingPathComponent("saved").path, scratch.appendingPathComponent("made.docx").path,
        ]
        convert.standardOutput = FileHandle.nullDevice
        convert.standardError = FileHandle.nullDevice
        try convert.run()
        convert.waitUntilExit()
        let saved = scratch.appendingPathComponent("saved/made.docx")
        try #require(FileManager.default.fileExists(atPath: saved.path))
        let imported = scratch.appendingPathComponent("imported")
        _ = try Importer(options: .init(kind: .guide, profile: .easyRead)).importFile(saved, shown: "made.docx", into: imported, outputShown: "imported")
        let again = try SourceLoader().load(path: imported.path)
        let back = RealizedDocument(again.document, pictures: again.pictures, name: sample)
        let text = { (document: RealizedDocument) in String(decoding: TextWriter().write(document).files[0].contents, as: UTF8.self) }
        #expect(text(realized) == text(back))
    }

    /// The dump, without source positions, with each picture's path replaced by its bytes' size and
    /// a checksum of them, and the glossary sorted.
    static func shape(_ document: RealizedDocument) -> [String] {
        var lines = TreeDump.render(document.document).split(separator: "\n").map { line -> String in
            var line = String(line)
            if let at = line.range(of: " @", options: .backwards) { line = String(line[..<at.lowerBound]) }
            if let match = line.firstMatch(of: /^(\s*)picture (\S+)(.*)$/), !match.2.hasPrefix(Picture.bankPrefix) {
                if case .success(let picture)? = document.pictures.byPath[String(match.2)] {
                    let sum = picture.bytes.reduce(UInt32(0)) { ($0 &* 31) &+ UInt32($1) }
                    line = "\(match.1)picture \(picture.bytes.count) bytes, sum \(sum)\(match.3)"
                } else {
                    // A file that is missing or cannot be used is a slot in every format, the Word file too.
                    line = "\(match.1)picture-slot\(match.3)"
                }
            }
            return line
        }
        let glossary = lines.indices.filter { lines[$0].hasPrefix("  glossary ") }
        let sorted = glossary.map { lines[$0] }.sorted()
        for (index, line) in zip(glossary, sorted) { lines[index] = line }
        return lines
    }
}
