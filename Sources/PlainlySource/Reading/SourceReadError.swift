/// Why a source could not be read at all: a file-system failure, not something about the text
/// (those are diagnostics). The command line exits with 2 for these.
public enum SourceReadError: Error, Equatable, CustomStringConvertible {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    case notASource(path: String)

    public var description: String {
        switch self {
        case .notFound(let path):
            "\(path): error: no such file or folder"
        case .unreadable(let path, let reason):
            "\(path): error: cannot be read: \(reason)"
        case .notASource(let path):
            "\(path): error: not a Plainly source; give a .md file, or a folder with a guide.yaml or with a single .md file"
        }
    }
}
