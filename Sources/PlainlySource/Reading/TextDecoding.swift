import Foundation
import PlainlyModel

/// Reads a source file as UTF-8 text, pointing at the line of the first bad byte when it is not.
enum TextDecoding {
    enum Outcome {
        case text(String)
        case failure(Diagnostic)
    }

    static func decode(_ data: Data, file: String) -> Outcome {
        var bytes = data
        // A byte-order mark is invisible to people but not to parsers.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(data: bytes, encoding: .utf8) {
            // Foundation's search is slow on a long text: look for a carriage return first.
            return .text(bytes.contains(0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text)
        }
        let (line, column) = firstInvalidByte(in: Array(bytes))
        return .failure(.error(
            "This file is not UTF-8 text. Save it as UTF-8 in your editor and try again.",
            id: "not-utf8", at: SourceLocation(file: file, line: line, column: column)))
    }

    /// The 1-based line and column of the first byte that is not valid UTF-8.
    static func firstInvalidByte(in bytes: [UInt8]) -> (Int, Int) {
        var line = 1, lineStart = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, index - lineStart + 1)
            }
            if index + length > bytes.count
                || bytes[(index + 1)..<(index + length)].contains(where: { $0 & 0xC0 != 0x80 }) {
                return (line, index - lineStart + 1)
            }
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        return (line, 1)
    }
}
