import Foundation
import ZIPFoundation

/// How FuzzDocx turns one fuzz input into a `.docx`. An input that starts like a zip (`PK\3\4`) is the
/// whole file, so the archive's own structure is fuzzed. Any other input is XML: up to its first NUL
/// byte it is `word/document.xml`, after it `word/styles.xml`, zipped (deflated, as Word does), so the
/// fuzzer works on the XML the reader parses rather than on compressed bytes.
public enum DocxInput {
    public static let zipSignature = Data([0x50, 0x4B, 0x03, 0x04])
    /// A fixed date, so the same input always makes the same archive.
    static let modified = Date(timeIntervalSince1970: 1_000_000_000)

    public static func file(from data: Data) -> Data {
        data.starts(with: zipSignature) ? data : zipped(data)
    }

    /// The XML parts in a new archive, in memory.
    static func zipped(_ data: Data) -> Data {
        let pieces = data.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false)
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            try add(Data(pieces[0]), as: "word/document.xml", to: archive)
            if pieces.count > 1 { try add(Data(pieces[1]), as: "word/styles.xml", to: archive) }
            guard let bytes = archive.data else { fatalError("the harness's archive has no bytes") }
            return bytes
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
