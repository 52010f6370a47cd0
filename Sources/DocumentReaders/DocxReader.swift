import Foundation
import PlainlyModel
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Part of the reading layer (`DocumentReaders`), shared by `plainly check` and (soon) `plainly import`:
/// text in, content model out, knowing nothing of the checker.
///
/// Reads a Word document (.docx) into the content model: each paragraph with its style, so "Title" and
/// "Heading n" are headings, list styles and numbered paragraphs are list items, and paragraphs in table
/// cells are cells. Italic and underlined runs are emphasis. A paragraph's "line" in findings is its number
/// in the document (the first paragraph is line 1), since Word files have no lines.
///
/// A damaged or hostile file is an error naming it, never a crash, a hang or unbounded memory (see
/// `InputLimits`): only a regular file is opened; archives that declare more than `maximumExpandedBytes` in
/// all or list more than `InputLimits.maximumArchiveEntries` files are refused before anything is
/// decompressed; `word/document.xml` may hold at most `InputLimits.maximumInputBytes` and expand at most
/// `InputLimits.maximumCompressionRatio` times, checked while it inflates; its XML must be UTF-8,
/// well-formed, without a DTD, and nest at most `InputLimits.maximumXMLDepth` deep.
public struct DocxReader: Sendable {
    public static let defaultMaximumExpandedBytes = InputLimits.maximumExpandedBytes

    public var maximumExpandedBytes: Int

    public init(maximumExpandedBytes: Int = Self.defaultMaximumExpandedBytes) {
        self.maximumExpandedBytes = maximumExpandedBytes
    }

    public func read(at url: URL, displayPath: String) throws(ReadError) -> Document {
        // A .docx is a few MB of text and pictures; its size is capped with everything it expands to.
        let file = try InputFile(fileSystemPath: url.path, shownAs: displayPath, budget: InputLimits.maximumExpandedBytes)
        let archive = try ZipArchive(file: file)
        var declared = 0
        for entry in archive.entries {
            declared += entry.uncompressedSize
            if declared > maximumExpandedBytes { throw .archiveTooLarge(path: displayPath, limit: maximumExpandedBytes) }
        }
        guard let documentEntry = archive["word/document.xml"] else {
            throw .notADocx(path: displayPath, reason: "it has no word/document.xml")
        }
        let partLimit = min(InputLimits.maximumInputBytes, maximumExpandedBytes)
        let documentXML = try archive.contents(of: documentEntry, limit: partLimit)
        var styles: [String: String] = [:]
        if let stylesEntry = archive["word/styles.xml"] {
            let names = StyleNames()
            try CheckedXML.parse(try archive.contents(of: stylesEntry, limit: partLimit), part: stylesEntry.name, file: displayPath, into: names)
            styles = names.names
        }
        let parser = BodyParser(file: displayPath, styles: styles)
        try CheckedXML.parse(documentXML, part: documentEntry.name, file: displayPath, into: parser)
        return Document(
            metadata: Metadata(title: url.deletingPathExtension().lastPathComponent, kind: .paper, profile: .plain),
            parts: [Part(blocks: parser.blocks, location: SourceLocation(file: displayPath, line: 1, column: 1))])
    }

    /// Style ids to their names: `Heading1` → `heading 1`.
    final class StyleNames: CheckedXML.Walker {
        var names: [String: String] = [:]
        var currentID: String?

        override func start(_ name: String, attributes: [String: String]) {
            if name == "w:style" { currentID = attributes["w:styleId"] }
            if name == "w:name", let id = currentID, let value = attributes["w:val"] { names[id] = value.lowercased() }
        }
    }

    /// Walks `w:body`: paragraphs, their style and numbering, their runs' text and emphasis.
    final class BodyParser: CheckedXML.Walker {
        let file: String
        let styles: [String: String]
        var blocks: [Block] = []
        var paragraphNumber = 0
        var tableDepth = 0
        var inParagraph = false
        var style = ""
        var numbered = false
        var inText = false
        var runEmphasis = false
        var inRunProperties = false
        var inlines: [Inline] = []
        var text = ""

        init(file: String, styles: [String: String]) {
            self.file = file
            self.styles = styles
        }

        var location: SourceLocation { SourceLocation(file: file, line: paragraphNumber, column: 1) }

        override func start(_ name: String, attributes: [String: String]) {
            switch name {
            case "w:tbl": tableDepth += 1
            case "w:p":
                inParagraph = true
                paragraphNumber += 1
                style = ""
                numbered = false
                inlines = []
            case "w:pStyle": style = styles[attributes["w:val"] ?? ""] ?? (attributes["w:val"] ?? "").lowercased()
            case "w:numPr": numbered = true
            case "w:r": runEmphasis = false
            case "w:rPr": inRunProperties = true
            case "w:i", "w:iCs":
                if inRunProperties && attributes["w:val"] != "0" && attributes["w:val"] != "false" { runEmphasis = true }
            case "w:u":
                if inRunProperties && attributes["w:val"] != "none" { runEmphasis = true }
            case "w:t":
                inText = true
                text = ""
            case "w:tab": appendText(" ")
            case "w:br", "w:cr": appendText("\n")
            default: break
            }
        }

        override func characters(_ string: String) {
            if inText { text += string }
        }

        override func end(_ name: String) {
            switch name {
            case "w:t":
                inText = false
                appendText(text)
            case "w:rPr": inRunProperties = false
            case "w:p": endParagraph()
            case "w:tbl": tableDepth -= 1
            default: break
            }
        }

        func appendText(_ string: String) {
            guard !string.isEmpty else { return }
            let node = Inline.text(string, at: location)
            inlines.append(runEmphasis ? .emphasis([node], at: location) : node)
        }

        func endParagraph() {
            inParagraph = false
            guard inlines.contains(where: { !$0.plainText.allSatisfy(\.isWhitespace) }) else { return }
            let at = location
            if tableDepth > 0 {
                blocks.append(.table(Table(header: [], rows: [[TableCell(inlines: inlines, location: at)]], location: at)))
            } else if style == "title" {
                blocks.append(.heading(Heading(level: 1, inlines: inlines, location: at)))
            } else if style.hasPrefix("heading "), let level = Int(style.dropFirst(8)) {
                blocks.append(.heading(Heading(level: min(level + 1, 6), inlines: inlines, location: at)))
            } else if numbered || style.hasPrefix("list") {
                let item = ListItem(blocks: [.paragraph(Paragraph(inlines: inlines, location: at))], location: at)
                blocks.append(.list(ListBlock(isNumbered: style.contains("number"), items: [item], location: at)))
            } else {
                blocks.append(.paragraph(Paragraph(inlines: inlines, location: at)))
            }
        }
    }
}
