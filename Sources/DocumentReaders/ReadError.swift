/// Why a `DocumentReaders` reader could not read a file: the file and the step are named, as a sentence.
public enum ReadError: Error, Equatable, CustomStringConvertible, Sendable {
    case cannotRead(path: String, reason: String)
    /// With the line and column of the first byte that is not UTF-8, when known.
    case notUTF8(path: String, line: Int? = nil, column: Int? = nil)
    case notADocx(path: String, reason: String)
    case archiveTooLarge(path: String, limit: Int)
    case unsupported(path: String)
    /// A FIFO, a device, a socket or a folder where a file was expected.
    case notAFile(path: String)
    /// More than `limit` bytes (`InputLimits.maximumInputBytes` unless told otherwise).
    case tooLarge(path: String, limit: Int)
    /// A part of a Word document that is not well-formed XML, or nests deeper than the limit; with
    /// the line and column in that part when known.
    case badXML(path: String, part: String, line: Int?, column: Int?, reason: String)

    public var description: String {
        switch self {
        case .cannotRead(let path, let reason): "\(path): error: cannot read: \(reason)"
        case .notUTF8(let path, let line?, let column?):
            "\(path):\(line):\(column): error: the text is not UTF-8 from here on; save it as UTF-8 and try again"
        case .notUTF8(let path, _, _): "\(path): error: the text is not UTF-8; save it as UTF-8 and try again"
        case .notADocx(let path, let reason): "\(path): error: not a Word document Plainly can read: \(reason)"
        case .archiveTooLarge(let path, let limit):
            "\(path): error: refused: the Word file would expand past \(Self.size(limit)), far more than any real document; it may be damaged or built to cause harm"
        case .unsupported(let path): "\(path): error: Plainly checks .md, .txt, .html and .docx files"
        case .notAFile(let path):
            "\(path): error: not a regular file (a folder, pipe or device); Plainly checks only ordinary files"
        case .tooLarge(let path, let limit):
            "\(path): error: refused: the file holds more than \(Self.size(limit)), far more than any real document"
        case .badXML(let path, let part, let line?, let column?, let reason):
            "\(path): error: the Word document is damaged: \(part) line \(line), column \(column): \(reason)"
        case .badXML(let path, let part, _, _, let reason):
            "\(path): error: the Word document is damaged: \(part): \(reason)"
        }
    }

    static func size(_ bytes: Int) -> String {
        if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MB" }
        if bytes >= 1_000_000 { return "\(bytes / 1_000_000) MB" }
        return "\(bytes) bytes"
    }
}
