/// Why a file could not be read for checking: the file and the step are named.
public enum ReadError: Error, Equatable, CustomStringConvertible, Sendable {
    case cannotRead(path: String, reason: String)
    /// With the line and column of the first byte that is not UTF-8, when known.
    case notUTF8(path: String, line: Int? = nil, column: Int? = nil)
    case notADocx(path: String, reason: String)
    case archiveTooLarge(path: String, limit: Int)
    case unsupported(path: String)

    public var description: String {
        switch self {
        case .cannotRead(let path, let reason): "\(path): error: cannot read: \(reason)"
        case .notUTF8(let path, let line?, let column?):
            "\(path):\(line):\(column): error: the text is not UTF-8 from here on; save it as UTF-8 and try again"
        case .notUTF8(let path, _, _): "\(path): error: the text is not UTF-8; save it as UTF-8 and try again"
        case .notADocx(let path, let reason): "\(path): error: not a Word document Plainly can read: \(reason)"
        case .archiveTooLarge(let path, let limit):
            "\(path): error: refused: the Word file would expand past \(limit >= 1_000_000 ? "\(limit / 1_000_000) MB" : "\(limit) bytes"), far more than any real document; it may be damaged or built to cause harm"
        case .unsupported(let path): "\(path): error: Plainly checks .md, .txt, .html and .docx files"
        }
    }
}
