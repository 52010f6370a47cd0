/// Where a node came from: a file, relative to the document's base folder, and a 1-based line and column.
///
/// Paths are kept relative so that tree dumps, findings and golden files never depend on where a
/// checkout lives; whoever prints a location adds the folder the user named.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// A location for content that has no source text of its own (generated blocks, tests).
    public static let generated = SourceLocation(file: "", line: 0, column: 0)

    public var isGenerated: Bool { file.isEmpty && line == 0 }

    public var description: String { "\(file):\(line):\(column)" }

    /// `path:line:column`, with `pathPrefix` (the folder the user named) joined to the relative file.
    public func formatted(pathPrefix: String) -> String {
        "\(path(pathPrefix: pathPrefix)):\(line):\(column)"
    }

    /// The file as the user can open it: `pathPrefix` (the folder they named) joined to the relative file.
    public func path(pathPrefix: String) -> String {
        if pathPrefix.isEmpty { return file }
        if file.isEmpty { return pathPrefix }
        return pathPrefix.hasSuffix("/") ? pathPrefix + file : pathPrefix + "/" + file
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
