import DocumentReaders
import Foundation
import PlainlyModel
import PlainlyTestSupport
import Testing

@testable import PlainlyImport

/// `plainly import` of a `.txt` file sees the same paragraphs, headings and list items as `plainly
/// check` of it: both read through the one plain-text reader (`PlainTextShape`), the check a piece at
/// a time as it reads a file, the import whole.
@Suite struct ImportedTextTests {
    static let samples: [(name: String, text: String, outline: [String])] = [
        ("wrapped-email", PlainTextSamples.wrappedEmail, [
            "paragraph: Dear members,",
            "paragraph: Thank you to everyone who came to the carers' forum last week. We talked about the money the council has set aside for short breaks next year and about how carers can ask for it without filling in the long form again.",
            "heading 2: Next steps",
            "paragraph: The board will decide in May which of the two options to choose. We will write to every carer on our list as soon as we know what was decided.",
            "bullets: Help with the cost of travel to the day centre and back, paid from the carers fund. | Help with a short break.",
            "paragraph: Best wishes, Sam",
        ]),
        ("web-text", PlainTextSamples.webText, [
            "heading 2: Help for carers",
            "heading 2: What you can get and how to ask",
            "heading 2: Money for short breaks",
            "paragraph: Carers can get help with the cost of a short break. The council pays for up to two weeks a year, and you can ask for more if the person you care for needs it.",
            "paragraph: Ask us.",
            "heading 2: How to ask",
            "paragraph: Fill in the short form on our website or call us on 0800 123 456. We will call you back within ten working days to talk about what you need.",
        ]),
        ("title-subtitle-heading", PlainTextSamples.titleSubtitleHeading, [
            "heading 2: Carers' Week 2026",
            "heading 2: Events across Leeds for carers and families",
            "heading 2: What is on",
            "paragraph: Coffee mornings at every library, every day from 10am.",
            "paragraph: A walk in Roundhay Park on Saturday.",
        ]),
        ("lists", PlainTextSamples.lists, [
            "paragraph: Bring these with you:",
            "bullets: Your letter from the council | A bank statement | Your NHS number | A friend, if you like",
            "heading 2: What happens next",
            "numbers: We read your form. | We call you. | You choose a date. | We send you a letter.",
        ]),
        ("mixed", PlainTextSamples.mixed, [
            "heading 2: Money for carers",
            "paragraph: Carers can get help with costs. Ask us about it.",
            "paragraph: We will explain what you can get.",
            "bullets: Help with travel | Help with a break",
            "heading 2: How to ask",
            "numbers: Fill in the form. | Send it to us.",
            // The last line heads nothing: a sign-off, not a heading.
            "paragraph: Thank you",
        ]),
    ]

    /// What `plainly check` reads from the file: streamed in chunks into pieces, as its pipeline does.
    static func checked(_ url: URL, chunkSize: Int) throws -> [Block] {
        let file = try InputFile(fileSystemPath: url.path, shownAs: url.lastPathComponent)
        let parts = StreamedTextParts(chunks: InputFile.Chunks(file, chunkSize: chunkSize), file: url.lastPathComponent)
        let blocks = parts.compactMap { $0.read() }.flatMap(\.blocks)
        #expect(parts.isValidUTF8)
        return blocks
    }

    /// What `plainly import` makes of the same file.
    static func imported(_ url: URL) throws -> [Block] {
        try ImportedText.read(url, shown: url.lastPathComponent).blocks
    }

    static func write(_ text: String, named name: String) throws -> (file: URL, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plainly-text-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("\(name).txt")
        try Data(text.utf8).write(to: file)
        return (file, folder)
    }

    /// The sign-off is the last block however the file arrives, blank lines after it or not: a piece
    /// ends only where text follows it.
    @Test(arguments: [7, 13, 1 << 15])
    func aSignOffStaysAParagraphWhenStreamed(chunkSize: Int) throws {
        let (file, folder) = try Self.write("Coffee morning\n\nCome along.\n\nThanks, Sam\n\n\n\n", named: "sign-off")
        defer { try? FileManager.default.removeItem(at: folder) }
        let expected = ["heading 2: Coffee morning", "paragraph: Come along.", "paragraph: Thanks, Sam"]
        #expect(StructureOutline.lines(of: try Self.checked(file, chunkSize: chunkSize)) == expected)
        #expect(StructureOutline.lines(of: try Self.imported(file)) == expected)
    }

    @Test(arguments: samples.indices)
    func checkAndImportSeeTheSameStructure(index: Int) throws {
        let sample = Self.samples[index]
        let (file, folder) = try Self.write(sample.text, named: sample.name)
        defer { try? FileManager.default.removeItem(at: folder) }
        let imported = StructureOutline.lines(of: try Self.imported(file))
        #expect(imported == sample.outline, "\(sample.name)")
        for chunkSize in [7, 1 << 15] {
            #expect(StructureOutline.lines(of: try Self.checked(file, chunkSize: chunkSize)) == imported, "\(sample.name), chunks of \(chunkSize)")
        }
    }

    /// A long file, streamed in many pieces by `check` (each sample 600 times over, well past the
    /// bytes the reader looks at to decide how lines are wrapped), still reads as the importer reads it.
    @Test(arguments: samples.indices)
    func longFilesAgreeToo(index: Int) throws {
        let sample = Self.samples[index]
        let text = Array(repeating: sample.text, count: 600).joined(separator: "\n\n")
        #expect(text.utf8.count > InputLimits.wrapEvidenceBytes)
        let (file, folder) = try Self.write(text, named: sample.name)
        defer { try? FileManager.default.removeItem(at: folder) }
        let imported = StructureOutline.lines(of: try Self.imported(file))
        #expect(imported.count == sample.outline.count * 600)
        #expect(StructureOutline.lines(of: try Self.checked(file, chunkSize: 4096)) == imported, "\(sample.name)")
    }
}
