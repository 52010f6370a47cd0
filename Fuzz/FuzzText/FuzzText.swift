import DocumentReaders
import Foundation
import FuzzSupport

/// Fuzzes the `.txt` reader as `plainly check` uses it: the input's bytes streamed in small chunks
/// (so pieces, lines, CRLFs, byte-order marks and UTF-8 characters are cut at every kind of place)
/// into `StreamedTextParts` and tokenised, then again into the `--tokens` report (`Reporting`); and,
/// when the bytes are UTF-8, read whole by `PlainTextReader`.
@main
enum FuzzText {
    static func main() { FuzzInput.main(run) }

    /// Small, and odd, so chunk edges fall inside lines and characters.
    static let chunkSize = 61

    struct Chunks: IteratorProtocol {
        let bytes: [UInt8]
        var offset = 0

        mutating func next() -> [UInt8]? {
            guard offset < bytes.count else { return nil }
            let end = min(offset + FuzzText.chunkSize, bytes.count)
            defer { offset = end }
            return Array(bytes[offset..<end])
        }
    }

    static func run(_ data: Data) {
        let bytes = [UInt8](data)
        let parts = StreamedTextParts(chunks: Chunks(bytes: bytes), file: "fuzz.txt")
        Tokenising.check(metadata: PlainTextReader.metadata(), parts: parts)
        Reporting.tokens(metadata: PlainTextReader.metadata(), parts: StreamedTextParts(chunks: Chunks(bytes: bytes), file: "fuzz.txt"))
        if let place = parts.firstInvalidPlace {
            precondition(place.line >= 1 && place.column >= 1, "bad place \(place) for the first byte that is not UTF-8")
        }
        guard let text = String(data: data, encoding: .utf8) else { return }
        precondition(parts.isValidUTF8, "UTF-8 text was refused as not UTF-8 at \(parts.firstInvalidPlace.map { "\($0)" } ?? "?")")
        // Streamed or whole, the text is judged hard-wrapped or not the same way (from the same window).
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes  // as the stream drops it
        let whole = body.withUnsafeBufferPointer { PlainTextShape(startOf: $0, isWholeText: true) }
        precondition(parts.shape == whole, "streamed shape \(String(describing: parts.shape)) differs from the whole text's \(whole)")
        _ = PlainTextReader().read(text, file: "fuzz.txt")
    }
}
