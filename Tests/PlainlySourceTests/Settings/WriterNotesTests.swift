import Foundation
import PlainlyModel
import PlainlySource
import Testing

/// Notes between the writers (`<!-- … -->`) are kept with their lines for the checker's switches,
/// and the front matter's `words:` for its word rules; neither is shown to readers.
@Suite struct WriterNotesTests {
    static func read(_ markdown: String) -> SourceReading {
        SourceReader().read(markdown: markdown, file: "doc.md", baseDirectory: URL(fileURLWithPath: "/tmp"))
    }

    @Test func notesAreKeptWithTheirLines() {
        let reading = Self.read("""
            ---
            title: Notes
            ---
            <!-- plainly-disable jargon -->
            We will utilise the hall.

            <!-- a note
                 over two lines -->
            - An item.
              <!-- plainly-enable -->
            """)
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
        let notes = reading.document.parts[0].notes
        #expect(notes.map(\.text) == ["plainly-disable jargon", "a note\n     over two lines", "plainly-enable"])
        #expect(notes.map(\.location.line) == [4, 7, 10])
        #expect(notes.map(\.lastLine) == [4, 8, 10])
        #expect(notes.allSatisfy { $0.location.file == "doc.md" })
        // Nothing of a note reaches the text.
        #expect(reading.document.parts[0].blocks.count == 2)
    }

    @Test func wordsInTheFrontMatterAreRead() {
        let reading = Self.read("---\ntitle: Words\nwords: [Brookfield, VCSE]\n---\nText.\n")
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
        #expect(reading.document.metadata.words == ["Brookfield", "VCSE"])
        #expect(Self.read("---\ntitle: Words\nwords: {a: b}\n---\nText.\n").diagnostics.map { $0.formatted() }
            == ["doc.md:3:8: error: 'words' should be a name or a list of names, but it is a set of keys. [wrong-type]"])
    }
}
