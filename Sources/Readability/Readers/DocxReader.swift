import Foundation
import PlainlyModel
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads a Word document (.docx) for checking: each paragraph with its style, so "Title" and "Heading n"
/// are headings, list styles and numbered paragraphs are list items, and paragraphs in table cells are
/// cells. Italic and underlined runs are emphasis. A paragraph's "line" in findings is its number in
/// the document (the first paragraph is line 1), since Word files have no lines.
///
/// Archives that would expand past `maximumExpandedBytes` (200 MB unless told otherwise) in all, or hold more than `maximumEntries`
/// files, are refused before anything is decompressed, and decompression stops at the limit in case the
/// sizes in the archive lie.
public struct DocxReader: Sendable {
    public static let defaultMaximumExpandedBytes = 200_000_000
    public static let maximumEntries = 10_000

    public var maximumExpandedBytes: Int

    public init(maximumExpandedBytes: Int = Self.defaultMaximumExpandedBytes) {
        self.maximumExpandedBytes = maximumExpandedBytes
    }

    public func read(at url: URL, displayPath: String) throws(ReadError) -> Document {
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw .notADocx(path: displayPath, reason: "it is not a zip archive (\(error))")
        }
        var total: UInt64 = 0
        var entries = 0
        for entry in archive {
            total += entry.uncompressedSize
            entries += 1
            if total > UInt64(maximumExpandedBytes) || entries > Self.maximumEntries {
                throw .archiveTooLarge(path: displayPath, limit: maximumExpandedBytes)
            }
        }
        guard let documentEntry = archive["word/document.xml"] else {
            throw .notADocx(path: displayPath, reason: "it has no word/document.xml")
        }
        let documentXML = try extract(documentEntry, from: archive, displayPath: displayPath)
        var styles: [String: String] = [:]
        if let stylesEntry = archive["word/styles.xml"] {
            styles = StyleNames.parse(try extract(stylesEntry, from: archive, displayPath: displayPath))
        }
        let parser = BodyParser(file: displayPath, styles: styles)
        let xml = XMLParser(data: documentXML)
        xml.delegate = parser
        guard xml.parse() else {
            throw .notADocx(path: displayPath, reason: "word/document.xml is not well-formed XML")
        }
        return Document(
            metadata: Metadata(title: url.deletingPathExtension().lastPathComponent, kind: .paper, profile: .plain),
            parts: [Part(blocks: parser.blocks, location: SourceLocation(file: displayPath, line: 1, column: 1))])
    }

    private func extract(_ entry: Entry, from archive: Archive, displayPath: String) throws(ReadError) -> Data {
        var data = Data()
        let limit = maximumExpandedBytes
        do {
            _ = try archive.extract(entry, skipCRC32: true) { chunk in
                data.append(chunk)
                if data.count > limit { throw ReadError.archiveTooLarge(path: displayPath, limit: limit) }
            }
        } catch let error as ReadError {
            throw error
        } catch {
            throw .notADocx(path: displayPath, reason: "\(entry.path) cannot be decompressed (\(error))")
        }
        return data
    }

    /// Style ids to their names: `Heading1` → `heading 1`.
    final class StyleNames: NSObject, XMLParserDelegate {
        var names: [String: String] = [:]
        var currentID: String?

        static func parse(_ data: Data) -> [String: String] {
            let delegate = StyleNames()
            let parser = XMLParser(data: data)
            parser.delegate = delegate
            _ = parser.parse()
            return delegate.names
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if name == "w:style" { currentID = attributes["w:styleId"] }
            if name == "w:name", let id = currentID, let value = attributes["w:val"] { names[id] = value.lowercased() }
        }
    }

    /// Walks `w:body`: paragraphs, their style and numbering, their runs' text and emphasis.
    final class BodyParser: NSObject, XMLParserDelegate {
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

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
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

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
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
