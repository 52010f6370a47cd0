/// Why `plainly import` wrote nothing: the file and the step are named, as a sentence.
public enum ImportError: Error, Equatable, CustomStringConvertible, Sendable {
    case cannotRead(String)
    case unsupported(path: String)
    case outputNotEmpty(path: String)
    case outputClash(String)
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotRead(let message): message
        case .unsupported(let path): "\(path): error: Plainly imports .docx, .html, .txt and .md files"
        case .outputNotEmpty(let path):
            "\(path): error: refusing to import into a folder that already has files in it; name a new or empty folder with --out"
        case .outputClash(let message): "error: \(message)"
        case .cannotWrite(let path, let reason): "\(path): error: cannot write: \(reason)"
        }
    }
}
