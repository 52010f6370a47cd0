/// Why a source could not be read at all: a file-system failure, not something about the text
/// (those are diagnostics). The command line exits with 2 for these.
public enum SourceReadError: Error, Equatable, CustomStringConvertible {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    case notASource(path: String)
    /// A FIFO, socket or device named as a source: never opened, so it cannot make Plainly wait.
    case notARegularFile(path: String)
    /// Larger than `SourceLimits.maximumSourceFileBytes`: not read.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// `guide.yaml` (or the one `.md` of a folder) is a link to a file outside the folder.
    case outsideSource(path: String)

    public var description: String {
        switch self {
        case .notFound(let path):
            "\(path): error: no such file or folder"
        case .unreadable(let path, let reason):
            "\(path): error: cannot be read: \(reason)"
        case .notASource(let path):
            "\(path): error: not a Plainly source; give a .md file, or a folder with a guide.yaml or with a single .md file"
        case .notARegularFile(let path):
            "\(path): error: not an ordinary file (a FIFO, socket or device), so it is not read"
        case .tooLarge(let path, let bytes, let limit):
            "\(path): error: \(SourceLimits.megabytes(bytes)) is too large; a source file may be at most \(SourceLimits.megabytes(limit))"
        case .outsideSource(let path):
            "\(path): error: leads outside the source folder (through a link), so it is not read"
        }
    }
}
