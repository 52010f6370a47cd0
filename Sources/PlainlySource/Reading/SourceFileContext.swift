import Foundation
import PlainlyModel

/// What the converter needs to know about the file it is reading: where it is, for positions and
/// picture paths, and how many lines of front matter come before the Markdown.
struct SourceFileContext {
    /// Relative to the document's base folder: `guide.yaml`, `parts/02-meetings.md`.
    var file: String
    /// The closed world the file's pictures must come from; its `base` is the document's base folder.
    var sourceFolder: SourceFolder
    var bodyLineOffset: Int

    var baseDirectory: URL { sourceFolder.base }

    /// The file's folder relative to the base folder ("" for a file at the top).
    var folder: String {
        let components = file.split(separator: "/")
        return components.dropLast().joined(separator: "/")
    }

    func location(_ node: MarkdownNode, fallback: SourceLocation? = nil) -> SourceLocation {
        // cmark leaves some inline positions at 0; the enclosing block's position is the honest answer.
        guard node.line > 0 else {
            return fallback ?? SourceLocation(file: file, line: bodyLineOffset + 1, column: 1)
        }
        return SourceLocation(file: file, line: node.line + bodyLineOffset, column: max(node.column, 1))
    }

    /// A picture path as written, made relative to the base folder, with `.` and `..` resolved.
    func resolve(picturePath written: String) -> String {
        if written.hasPrefix("/") { return written }
        var parts = folder.split(separator: "/").map(String.init)
        for component in written.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !parts.isEmpty && parts.last != ".." { parts.removeLast() } else { parts.append("..") }
            default: parts.append(String(component))
            }
        }
        return parts.joined(separator: "/")
    }
}
