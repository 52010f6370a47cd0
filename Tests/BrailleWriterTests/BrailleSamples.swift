import Foundation
import PlainlyModel
import PlainlySource
import PlainlyTestSupport
@testable import BrailleWriter

/// The documents the braille tests read: the fixture that uses every construct and every sample in
/// `Content/`, and helpers that read braille pages back the way a test needs them.
enum BrailleSamples {
    static let content = Fixtures.folder.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Content")

    /// Every sample in Content/, and the fixture.
    static var all: [URL] {
        let samples = (try? FileManager.default.contentsOfDirectory(at: content, includingPropertiesForKeys: nil)) ?? []
        return samples.filter(\.hasDirectoryPath).sorted { $0.path < $1.path } + [Fixtures.everyConstruct]
    }

    static func realized(_ url: URL) throws -> RealizedDocument {
        let reading = try SourceReader().read(at: url)
        return RealizedDocument(reading.document, pictures: reading.pictures, name: url.lastPathComponent)
    }

    static func realized(markdown: String) -> RealizedDocument {
        let reading = SourceReader().read(markdown: markdown, file: "note.md", baseDirectory: URL(fileURLWithPath: "/tmp"))
        return RealizedDocument(reading.document, name: "note")
    }

    /// The text liblouis reads back from the pages, page numbers left out: lines joined with a space,
    /// or straight on where a line ends with the line continuation indicator.
    static func backTranslated(_ pages: [[[BrailleCell]]], louis: Louis) -> String {
        var cells: [BrailleCell] = []
        for page in pages {
            for line in page.dropFirst() {
                var line = Array(line.drop(while: \.isBlank))
                if line.last == BrailleWrapper.continuation {
                    line.removeLast()
                    cells += line
                } else {
                    cells += line + [.blank]
                }
            }
        }
        return louis.backTranslate(cells) ?? ""
    }

    static func string(_ cells: [BrailleCell]) -> String {
        String(String.UnicodeScalarView(cells.map(\.unicode)))
    }
}
