import DocumentReaders
import PlainlyModel
import PlainlySource
import Readability

/// Why `plainly check` could not read what it was given. The command prints the description and exits
/// with 2, as for any usage or file-system failure.
public enum CheckError: Error, CustomStringConvertible, Equatable {
    case notFound(path: String)
    case noCheckableFiles(path: String)
    case source(SourceReadError)
    case read(ReadError)
    /// The project's `.plainly.yaml` has settings the checker cannot use: every problem, at its line.
    case settings([Diagnostic])

    public var description: String {
        switch self {
        case .notFound(let path): "\(path): error: no such file or folder"
        case .noCheckableFiles(let path): "\(path): error: no .md, .txt, .html or .docx files to check in this folder"
        case .source(let error): error.description
        case .read(let error): error.description
        case .settings(let problems): problems.map { $0.formatted() }.joined(separator: "\n")
        }
    }
}
