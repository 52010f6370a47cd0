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
    /// Whether a build with no `--format` makes it; the rest are made when named or with `--format all`.
    static var isMadeByDefault: Bool { get }
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
    /// The formats people ask for most are made by default; the others say so.
    public static var isMadeByDefault: Bool { true }
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

/// Where one format's files go inside the output folder: one file named after the source, a few
/// files side by side (braille and its preview), or a folder.
public enum OutputDestination: Hashable, Sendable {
    case file(String)
    /// The writer's files carry exactly these names as their paths, in this order.
    case files([String])
    case folder(String)

    /// The top-level names it takes in the output folder.
    public var names: [String] {
        switch self {
        case .file(let name), .folder(let name): [name]
        case .files(let names): names
        }
    }

    /// The first of `names`: the one name of a file or folder.
    public var name: String { names.first ?? "" }
}
