import Foundation
import PlainlyModel

/// A Word file's parts as trees of elements, opened with the same limits as `DocxReader`, for a
/// reader that recognises one kind of Word file as a whole (`plainly import` reading the Word files
/// Plainly makes, whose tables and styles say what each block is). Prefixes are resolved as
/// everywhere in this layer: `w:p` is a paragraph whatever prefix the file used.
///
/// A tree holds a part in memory, a small multiple of its size; parts are limited to
/// `InputLimits.maximumInputBytes` as `DocxReader` reads them.
public struct WordPackage {
    let archive: ZipArchive
    let displayPath: String
    /// The main document part, found through the package relationships as Word finds it.
    public let mainPart: String

    public init(url: URL, displayPath: String) throws(ReadError) {
        let file = try InputFile(fileSystemPath: url.path, shownAs: displayPath, budget: InputLimits.maximumExpandedBytes)
        archive = try ZipArchive(file: file)
        self.displayPath = displayPath
        var declared = 0
        for entry in archive.entries {
            declared += entry.uncompressedSize
            if declared > InputLimits.maximumExpandedBytes {
                throw .archiveTooLarge(path: displayPath, limit: InputLimits.maximumExpandedBytes)
            }
        }
        let package = try Self.relationships(in: archive, displayPath: displayPath, of: "")
        mainPart = package.sorted { $0.key < $1.key }.first { $0.value.kind == "officeDocument" && !$0.value.isExternal }?.value.target
            ?? "word/document.xml"
    }

    /// A part's bytes, or nil when the package has no such part.
    public func bytes(of part: String) throws(ReadError) -> [UInt8]? {
        guard let entry = archive[part] else { return nil }
        return try archive.contents(of: entry, limit: InputLimits.maximumInputBytes)
    }

    /// A part's XML as a tree, or nil when the package has no such part.
    public func tree(of part: String) throws(ReadError) -> XMLElement? {
        guard let bytes = try bytes(of: part) else { return nil }
        let builder = TreeBuilder()
        try CheckedXML.parse(bytes, part: part, file: displayPath, into: builder)
        return builder.root
    }

    /// What each relationship id of `part` points to (`""` for the package's own).
    public func relationships(of part: String) throws(ReadError) -> [String: (kind: String, target: String, isExternal: Bool)] {
        try Self.relationships(in: archive, displayPath: displayPath, of: part)
    }

    static func relationships(
        in archive: ZipArchive, displayPath: String, of part: String
    ) throws(ReadError) -> [String: (kind: String, target: String, isExternal: Bool)] {
        let parser = WordRelationships.Parser(part: part)
        guard let entry = archive[WordRelationships.partName(for: part)] else { return [:] }
        try CheckedXML.parse(try archive.contents(of: entry, limit: InputLimits.maximumInputBytes), part: entry.name, file: displayPath, into: parser)
        return parser.relationships.byID.mapValues { ($0.kind, $0.target, $0.isExternal) }
    }

    /// One element: its resolved name, attributes, children, and the text directly inside it.
    public final class XMLElement {
        public let name: String
        public let attributes: [String: String]
        public fileprivate(set) var children: [XMLElement] = []
        public fileprivate(set) var text = ""

        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        /// The first child called `name`.
        public func child(_ name: String) -> XMLElement? { children.first { $0.name == name } }

        /// Every element called `name` below this one, in document order.
        public func descendants(_ name: String) -> [XMLElement] {
            var found: [XMLElement] = []
            var stack = Array(children.reversed())
            while let element = stack.popLast() {
                if element.name == name { found.append(element) }
                stack += element.children.reversed()
            }
            return found
        }
    }

    final class TreeBuilder: CheckedXML.Walker {
        var root: XMLElement?
        var open: [XMLElement] = []

        override func start(_ name: String, attributes: [String: String]) {
            let element = XMLElement(name: name, attributes: attributes)
            if let parent = open.last { parent.children.append(element) } else { root = element }
            open.append(element)
        }

        override func characters(_ string: String) { open.last?.text += string }

        override func end(_ name: String) { _ = open.popLast() }
    }
}
