import Foundation

/// Why an output may not go where it was asked to: it would replace, sit inside, or swallow a source.
/// Both paths are named as the user wrote them, so the message says exactly what clashed.
public struct OutputConflict: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Relation: Equatable, Sendable {
        /// The output is the source itself.
        case same
        /// The output would be written inside a source folder.
        case insideSource
        /// The output folder holds the source, so replacing it would replace the source.
        case holdsSource
    }

    public var output: String
    public var source: String
    public var relation: Relation

    public var description: String {
        let why =
            switch relation {
            case .same: "it is the source '\(source)' itself"
            case .insideSource: "it is inside the source folder '\(source)'"
            case .holdsSource: "it holds the source '\(source)', which would be replaced"
            }
        return "\(output): error: refusing to write here: \(why). Sources are never changed; "
            + "choose an output outside the source (for example --out out)."
    }
}

/// The one rule every command follows before it writes anything: an output may not be a source file
/// or folder, lie inside a source folder, or contain a source file or folder.
public enum OutputPlacement {
    public struct Source: Sendable {
        public var url: URL
        /// How the user wrote it, for the message.
        public var shown: String
        /// A folder (a guide, a folder given to `check`): nothing may be written inside it.
        public var isFolder: Bool

        public init(url: URL, shown: String, isFolder: Bool) {
            self.url = url
            self.shown = shown
            self.isFolder = isFolder
        }
    }

    /// The first clash between the output and any source, or nil when the output is safe.
    public static func conflict(output: URL, shown: String, sources: [Source]) -> OutputConflict? {
        let target = ResolvedPath(output)
        for source in sources {
            let resolved = ResolvedPath(source.url)
            if resolved == target { return OutputConflict(output: shown, source: source.shown, relation: .same) }
            if target.contains(resolved) {
                return OutputConflict(output: shown, source: source.shown, relation: .holdsSource)
            }
            if source.isFolder && resolved.contains(target) {
                return OutputConflict(output: shown, source: source.shown, relation: .insideSource)
            }
        }
        return nil
    }
}
