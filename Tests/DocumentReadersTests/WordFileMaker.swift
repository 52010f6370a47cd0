import Foundation
import ZIPFoundation

/// Builds .docx files in a folder of its own for the reader tests: good ones, and ones damaged or
/// built to cause harm, byte by byte. The folder goes when the maker does.
final class WordFileMaker {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("plainly-docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    static let namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A `word/document.xml` with these paragraphs, as Word writes it.
    static func documentXML(paragraphs: [String]) -> [UInt8] {
        let body = paragraphs.map { "<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>" }.joined()
        return Array("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="\(namespace)"><w:body>\(body)</w:body></w:document>
            """.utf8)
    }

    /// A .docx holding `document` as `word/document.xml` (the first entry) and a content-types part.
    @discardableResult
    func make(_ name: String, document: [UInt8], method: CompressionMethod = .deflate) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        try add("word/document.xml", document, method: method, to: archive)
        try add("[Content_Types].xml", Array("<?xml version=\"1.0\"?><Types/>".utf8), method: .deflate, to: archive)
        return url
    }

    /// A .docx of these parts as they are, in this order: for packages with relationships, notes,
    /// numbering and the other parts a real Word file has.
    @discardableResult
    func make(_ name: String, parts: [(String, String)]) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        for (path, text) in parts { try add(path, Array(text.utf8), method: .deflate, to: archive) }
        return url
    }

    /// A part that holds `body` inside `w:document`/`w:body`, or other root, with the usual prefixes bound.
    static func part(_ body: String) -> String { part(root: "w:document", body, wrapInBody: true) }

    static func part(root: String, _ body: String, wrapInBody: Bool = false) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <\(root) xmlns:w="\(namespace)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
        xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
        xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
        xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
        xmlns:v="urn:schemas-microsoft-com:vml">\(wrapInBody ? "<w:body>\(body)</w:body>" : body)</\(root.split(separator: " ")[0])>
        """
    }

    /// A relationships part listing (id, type's last segment, target).
    static func relationships(_ list: [(String, String, String)]) -> String {
        let items = list.map { id, type, target in
            let base = type == "core-properties"
                ? "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                : "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            let mode = target.hasPrefix("http") ? " TargetMode=\"External\"" : ""
            return "<Relationship Id=\"\(id)\" Type=\"\(base)\(type)\" Target=\"\(target)\"\(mode)/>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(items.joined())</Relationships>
            """
    }

    private func add(_ path: String, _ bytes: [UInt8], method: CompressionMethod, to archive: Archive) throws {
        let data = Data(bytes)
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: method) { position, size in
            data.subdata(in: Int(position)..<min(Int(position) + size, data.count))
        }
    }

    /// Where the first entry's data starts, from its local header, and how long it is.
    static func firstEntryData(in bytes: [UInt8]) -> Range<Int> {
        let nameLength = Int(bytes[26]) | Int(bytes[27]) << 8
        let extraLength = Int(bytes[28]) | Int(bytes[29]) << 8
        let size = Int(bytes[18]) | Int(bytes[19]) << 8 | Int(bytes[20]) << 16 | Int(bytes[21]) << 24
        let start = 30 + nameLength + extraLength
        return start..<(start + size)
    }

    /// Rewrites the uncompressed size the central directory gives for `word/document.xml`.
    static func claimSize(_ size: UInt32, in bytes: inout [UInt8]) {
        let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        var index = 0
        while index + 46 < bytes.count {
            if Array(bytes[index..<(index + 4)]) == signature {
                let nameLength = Int(bytes[index + 28]) | Int(bytes[index + 29]) << 8
                let name = String(decoding: bytes[(index + 46)..<(index + 46 + nameLength)], as: UTF8.self)
                if name == "word/document.xml" {
                    for shift in 0..<4 { bytes[index + 24 + shift] = UInt8(truncatingIfNeeded: size >> (8 * UInt32(shift))) }
                    return
                }
            }
            index += 1
        }
    }
}
