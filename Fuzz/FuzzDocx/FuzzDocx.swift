import Foundation
import FuzzSupport
import Readability
import ZIPFoundation

/// Fuzzes the `.docx` reader. An input that starts like a zip (`PK\3\4`) is the whole file, so the
/// archive's own structure is fuzzed. Any other input is XML: up to its first NUL byte it is
/// `word/document.xml`, after it `word/styles.xml`, zipped (deflated, as Word does) into a `.docx`,
/// so the fuzzer works on the XML the reader parses rather than on compressed bytes. Either way the
/// file is read with `DocxReader`, as `plainly check` reads it, and tokenised.
@main
enum FuzzDocx {
    static func main() { FuzzInput.main(run) }

    static let folder = ScratchFolder(name: "fuzz-docx")
    static let zipSignature = Data([0x50, 0x4B, 0x03, 0x04])
    /// A fixed date, so the same input always makes the same archive.
    static let modified = Date(timeIntervalSince1970: 1_000_000_000)

    static func run(_ data: Data) {
        let file = folder.url.appendingPathComponent("fuzz.docx")
        let bytes = data.starts(with: zipSignature) ? data : zipped(data)
        guard FileManager.default.createFile(atPath: file.path, contents: bytes) else { return }
        guard let document = try? DocxReader().read(at: file, displayPath: "fuzz.docx") else { return }
        Tokenising.check(document)
    }

    /// The XML parts in a new archive, in memory.
    static func zipped(_ data: Data) -> Data {
        let pieces = data.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false)
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            try add(Data(pieces[0]), as: "word/document.xml", to: archive)
            if pieces.count > 1 { try add(Data(pieces[1]), as: "word/styles.xml", to: archive) }
            return archive.data ?? Data()
        } catch {
            fatalError("the harness could not zip \(data.count) bytes: \(error)")
        }
    }

    static func add(_ part: Data, as path: String, to archive: Archive) throws {
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(part.count), modificationDate: modified,
            compressionMethod: .deflate
        ) { position, size in
            part.subdata(in: Int(position)..<min(Int(position) + size, part.count))
        }
    }
}
