import Foundation
import PlainlyModel
import Testing
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import DocxWriter

/// A Word file the writer made, opened again to look at its parts.
struct DocxFile {
    let data: Data
    let parts: [String: Data]
    /// The part names in the order they were zipped.
    let names: [String]
    let diagnostics: [Diagnostic]

    init(_ realized: RealizedDocument, writer: DocxWriter = DocxWriter()) throws {
        let output = try writer.write(realized)
        try #require(output.files.count == 1)
        data = output.files[0].contents
        diagnostics = output.diagnostics
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: Data] = [:]
        var names: [String] = []
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = bytes
            names.append(entry.path)
        }
        self.parts = parts
        self.names = names
    }

    func text(_ name: String) -> String {
        parts[name].map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    var document: String { text("word/document.xml") }
    var styles: String { text("word/styles.xml") }

    /// Every occurrence of an element's opening tag, attributes included: `<wp:docPr …>`.
    func tags(_ name: String, in part: String = "word/document.xml") -> [String] {
        let xml = text(part)
        var found: [String] = []
        var rest = xml[...]
        while let start = rest.range(of: "<\(name) ") ?? rest.range(of: "<\(name)>") ?? rest.range(of: "<\(name)/>") {
            let end = rest[start.lowerBound...].firstIndex(of: ">") ?? rest.endIndex
            found.append(String(rest[start.lowerBound...end]))
            rest = rest[rest.index(after: end)...]
        }
        return found
    }

    /// The words of each paragraph of the body, tags removed and entities left as they are.
    var paragraphTexts: [String] {
        document.components(separatedBy: "<w:p>").dropFirst().map { paragraph in
            let end = paragraph.range(of: "</w:p>")?.lowerBound ?? paragraph.endIndex
            var text = ""
            var inTag = false
            for character in paragraph[..<end] {
                if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
            }
            return text
        }
    }

    /// Whether the part parses as XML (Foundation's parser, as a strict reader would).
    func isWellFormed(_ name: String) -> Bool {
        guard let data = parts[name] else { return false }
        return XMLParser(data: data).parse()
    }
}

/// Documents made in code, so each test shows what it is about.
enum Sample {
    static func realized(
        _ blocks: [Block], title: String = "A small guide", profile: Profile = .easyRead,
        pictures: SourcePictures = .init(), authors: [String] = ["Amira Khan"]
    ) -> RealizedDocument {
        let metadata = Metadata(title: title, profile: profile, date: CalendarDate(year: 2026, month: 3, day: 31), authors: authors)
        let part = Part(title: "About us", anchor: "about-us", blocks: blocks)
        return RealizedDocument(Document(metadata: metadata, parts: [part]), pictures: pictures, name: "guide")
    }

    static func paragraph(_ text: String) -> Block { .paragraph(Paragraph(inlines: [.text(text)])) }

    static func svg(width: Int = 200, height: Int = 100) -> PictureFile {
        let text = #"<svg xmlns="http://www.w3.org/2000/svg" width="\#(width)" height="\#(height)"><rect width="10" height="10"/></svg>"#
        return PictureFile(bytes: Data(text.utf8), format: .svg, pixelWidth: width, pixelHeight: height)
    }

    static func picture(_ path: String, _ words: Picture.Words) -> Picture {
        Picture(source: .file(written: path, path: path), words: words)
    }
}
