/// One output format: a realized document and the build plan in, named files out.
///
/// Every format implements this the same way and is registered once, in PlainlyKit's
/// `FormatRegistry`; adding a format is one new target and one line there. A writer may not read
/// files (pictures come with the `RealizedDocument`) and writes none: the pipeline writes every
/// format's files together, all or nothing.
public protocol DocumentWriter: Sendable {
    /// The name `--format` takes and that messages use: `txt`, `pdf`, `html`.
    static var formatName: String { get }
    /// A few words for `--help`: what the format is for.
    static var summary: String { get }
    /// Whether the format draws or embeds the shipped fonts, so the plan must find them.
    static var needsFonts: Bool { get }
    /// Whether a build with no `--format` makes it; a slow format (audio) is made only when asked.
    static var madeByDefault: Bool { get }
    /// Where its files go inside the output folder for this plan.
    static func destination(sourceName: String, plan: BuildPlan) -> OutputDestination
    /// Every place it could write, whatever the plan: an output folder may hold these and nothing
    /// else that Plainly did not make.
    static func possibleDestinations(sourceName: String) -> [OutputDestination]

    /// Takes what the format needs from the plan; fails when the plan cannot be met (no fonts, a
    /// body size the profile does not allow).
    init(plan: BuildPlan) throws(DocumentWriterError)

    /// The format's files, relative to its destination, and what it noticed on the way.
    func write(_ document: RealizedDocument) throws(DocumentWriterError) -> RenderedOutput
}

extension DocumentWriter {
    public static var madeByDefault: Bool { true }
}

/// Why a format could not be made, in words a person can act on.
public struct DocumentWriterError: Error, Sendable, Equatable, CustomStringConvertible {
    public var format: String
    public var reason: String

    public init(format: String, reason: String) {
        self.format = format
        self.reason = reason
    }

    public var description: String { "cannot make the \(format) output: \(reason)" }
}

/// Where one format's files go inside the output folder: one file named after the source, or a folder.
public enum OutputDestination: Hashable, Sendable {
    case file(String)
    case folder(String)

    public var name: String {
        switch self {
        case .file(let name), .folder(let name): name
        }
    }
}
