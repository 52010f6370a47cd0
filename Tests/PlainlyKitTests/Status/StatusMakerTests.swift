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
}
