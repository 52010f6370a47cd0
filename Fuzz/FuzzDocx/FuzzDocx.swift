import DocumentReaders
import Foundation
import FuzzSupport

/// Fuzzes the `.docx` reader: the input is a whole `.docx`, or its `document.xml` and `styles.xml`
/// that the harness zips (see `DocxInput`), read with `DocxReader` as `plainly check` reads it, and
/// tokenised.
@main
enum FuzzDocx {
    static func main() { FuzzInput.main(run) }

    static let folder = ScratchFolder(name: "fuzz-docx")

    static func run(_ data: Data) {
        let file = folder.url.appendingPathComponent("fuzz.docx")
        guard FileManager.default.createFile(atPath: file.path, contents: DocxInput.file(from: data)) else { return }
        guard let document = try? DocxReader().read(at: file, displayPath: "fuzz.docx") else { return }
        Tokenising.check(document)
    }
}
