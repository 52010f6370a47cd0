import Foundation
import PlainlySource
import Testing

@testable import PlainlyKit

/// What stops a document being final.
@Suite struct StatusMakerTests {
    /// A hard word waiting for its explanation (as `plainly import` leaves them) stops it being final.
    @Test func anEmptyGlossaryEntryIsABlocker() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plainly-status-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let write = { (text: String) in
            try Data(text.utf8).write(to: folder.appendingPathComponent("paper.md"))
        }
        try write("---\ntitle: Help\nprofile: plain\nglossary:\n  respite: \"\"\n---\nWe can help with a short break.\n")
        let waiting = StatusMaker().status(of: try SourceLoader().load(path: folder.appendingPathComponent("paper.md").path))
        #expect(waiting.blockers.map(\.kind) == ["glossary-entry"])
        #expect(waiting.blockers.first?.location?.hasSuffix("paper.md:5:3") == true)

        try write("---\ntitle: Help\nprofile: plain\nglossary:\n  respite: A short break from caring.\n---\nWe can help with a short break.\n")
        let explained = StatusMaker().status(of: try SourceLoader().load(path: folder.appendingPathComponent("paper.md").path))
        #expect(explained.blockers.isEmpty)
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plainly-status-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Issue 16: a picture whose file does not exist became a slot, yet status said "every picture
    /// is chosen" and `--final` built. It is a blocker, in the reader's own words, at its line.
    @Test func aPictureWhoseFileIsMissingIsABlocker() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("---\ntitle: Bus\n---\n\n![A bus at the stop](pictures/bus.png)\nTake the bus.\n".utf8)
            .write(to: folder.appendingPathComponent("doc.md"))
        let status = StatusMaker().status(of: try SourceLoader().load(path: folder.appendingPathComponent("doc.md").path))
        #expect(status.blockers.map(\.kind) == ["picture-file"])
        #expect(status.blockers.first?.message == "The picture 'pictures/bus.png' was not found; a picture slot is shown instead.")
        #expect(status.blockers.first?.location?.hasSuffix("doc.md:5:1") == true)
        #expect(status.parts.map(\.emptyPictureSlots) == [1])
    }

    /// Issue 16: a starter's placeholders ("Write your name here", its made-up phone number) are
    /// blockers at their file and line, in every starter.
    @Test(arguments: StarterTemplate.Kind.allCases)
    func aStartersPlaceholdersAreBlockers(kind: StarterTemplate.Kind) throws {
        let folder = try Self.temporaryFolder().appendingPathComponent("new")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let template = StarterTemplate.make(kind)
        _ = try template.write(into: folder)
        let source = try SourceLoader().load(path: folder.appendingPathComponent(template.source).standardized.path)
        let placeholders = StatusMaker().status(of: source).blockers.filter { $0.kind == "placeholder" }
        var expected = 0
        for file in template.files where !file.path.hasSuffix(".svg") {
            expected += StarterPlaceholders.find(in: file.text, file: file.path).count
        }
        #expect(expected > 0, "every starter leaves something to fill in")
        #expect(placeholders.count == expected)
        #expect(placeholders.allSatisfy { $0.location?.contains(":") == true && $0.message.contains("placeholder") })
    }

    /// Every phrase on the list is one a starter really writes, so the list stays in step with them.
    @Test func everyPlaceholderIsInAStarter() {
        let texts = StarterTemplate.Kind.allCases.flatMap { StarterTemplate.make($0).files.map(\.text) }
        for phrase in StarterPlaceholders.phrases {
            #expect(texts.contains { $0.contains(phrase) }, "\(phrase) is in a starter")
        }
    }

    /// A starter is dated the day it is made, not a fixed day.
    @Test func aStarterIsDatedTheDayItIsMade() {
        for kind in StarterTemplate.Kind.allCases {
            let texts = StarterTemplate.make(kind, today: "2031-05-06").files.map(\.text)
            #expect(texts.contains { $0.contains("date: 2031-05-06") }, "\(kind)")
            #expect(!texts.contains { $0.contains(StarterPlaceholders.today) })
        }
        #expect(StarterPlaceholders.todayISO(Date(timeIntervalSince1970: 86_400 * 365)).hasPrefix("1971-01-0"))
    }
}
