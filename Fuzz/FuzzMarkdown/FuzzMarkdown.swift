import Foundation
import FuzzSupport
import PlainlySource
import Readability

/// Fuzzes the Markdown + front-matter reader: the input is one `.md` file's bytes, read as `plainly
/// check` reads it, then split into units, sentences and words (`Tokenising`). Nothing is written;
/// pictures are only named, never opened.
@main
enum FuzzMarkdown {
    static func main() { FuzzInput.main(run) }

    static let base = URL(fileURLWithPath: "/nonexistent-plainly-fuzz")

    static func run(_ data: Data) {
        let reading = SourceReader().read(markdown: data, file: "fuzz.md", baseDirectory: base)
        Tokenising.check(reading.document)
    }
}
