import PlainlyFiles

/// Why the pipeline could not go on: each case names the file and the step. The command line
/// prints the description and exits with 2 (usage and file-system failures).
public enum PlainlyError: Error, CustomStringConvertible, Equatable {
    case fontsNotFound(searched: [String])
    case cannotWrite(path: String, reason: String)
    case rendering(format: String, reason: String)
    case refusingToOverwrite(path: String)
    case outputOverlapsSource(OutputConflict)
    /// A format, profile or paper that does not exist, said as the option's own message.
    case invalidRequest(String)

    public var description: String {
        switch self {
        case .fontsNotFound(let searched):
            "error: the Atkinson Hyperlegible fonts were not found; looked in "
                + searched.joined(separator: ", ") + ". Use --fonts DIR to say where they are."
        case .cannotWrite(let path, let reason):
            "\(path): error: cannot write: \(reason)"
        case .rendering(let format, let reason):
            "error: could not make the \(format) output: \(reason)"
        case .refusingToOverwrite(let path):
            "\(path): error: already exists and is not empty; choose a new folder so nothing is overwritten"
        case .outputOverlapsSource(let conflict):
            conflict.description
        case .invalidRequest(let message):
            "error: \(message)"
        }
    }
}
