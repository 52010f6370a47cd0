import Foundation
import PlainlyModel
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Part of the reading layer (`DocumentReaders`), shared by `plainly check` and `plainly import`:
/// text in, content model out, knowing nothing of the checker.
///
/// Reads a Word document (.docx) into the content model: each paragraph with its style, so "Title" and
/// "Heading n" are headings, numbered paragraphs and list styles are list items (nested by level,
/// bullets or numbers as `numbering.xml` says), tables are tables with their header row. Bold runs are
/// strong, italic and underlined runs emphasis, hyperlinks links; footnotes and endnotes follow the
/// text as notes (`[1] …`); pictures carry their alt text. What the body parser keeps and leaves out
/// (tracked changes, fields, text boxes, drop caps) is said in `WordBodyParser`. A paragraph's "line"
/// in findings is its number in the document (the first paragraph is line 1), since Word files have no lines.
///
/// Parts are found as Word finds them, through the package's relationships (`_rels/.rels` names the
/// main document, its own relationships name styles, numbering and notes), with prefixes resolved
/// by namespace (`XMLNames`).
///
/// A damaged or hostile file is an error naming it, never a crash, a hang or unbounded memory (see
/// `InputLimits`): only a regular file is opened; archives that declare more than `maximumExpandedBytes` in
/// all or list more than `InputLimits.maximumArchiveEntries` files are refused before anything is
/// decompressed; each part read may hold at most `InputLimits.maximumInputBytes` and expand at most
/// `InputLimits.maximumCompressionRatio` times, checked while it inflates; its XML must be UTF-8,
/// well-formed, without a DTD, and nest at most `InputLimits.maximumXMLDepth` deep.
public struct DocxReader: Sendable {
    public static let defaultMaximumExpandedBytes = InputLimits.maximumExpandedBytes

    public var maximumExpandedBytes: Int

    public init(maximumExpandedBytes: Int = Self.defaultMaximumExpandedBytes) {
        self.maximumExpandedBytes = maximumExpandedBytes
    }

    /// What `plainly import` needs beyond the content model: the document properties, what could not
    /// be carried, and the pictures' bytes by part name.
    public struct Contents: Sendable {
        public var document: Document
        public var properties: WordProperties
        public var warnings: [ReadWarning]
        public var pictures: [String: [UInt8]]
    }

    public func read(at url: URL, displayPath: String) throws(ReadError) -> Document {
        try readContents(at: url, displayPath: displayPath).document
    }

    /// The document and its properties; with `withPictures`, the bytes of every picture it shows.
    public func readContents(at url: URL, displayPath: String, withPictures: Bool = false) throws(ReadError) -> Contents {
        // A .docx is a few MB of text and pictures; its size is capped with everything it expands to.
        let file = try InputFile(fileSystemPath: url.path, shownAs: displayPath, budget: InputLimits.maximumExpandedBytes)
        let archive = try ZipArchive(file: file)
        var declared = 0
        for entry in archive.entries {
            declared += entry.uncompressedSize
            if declared > maximumExpandedBytes { throw .archiveTooLarge(path: displayPath, limit: maximumExpandedBytes) }
        }
        let partLimit = min(InputLimits.maximumInputBytes, maximumExpandedBytes)
        func parse(_ name: String, into walker: CheckedXML.Walker) throws(ReadError) -> Bool {
            guard let entry = archive[name] else { return false }
            try CheckedXML.parse(try archive.contents(of: entry, limit: partLimit), part: entry.name, file: displayPath, into: walker)
            return true
        }
        func relationships(of part: String) throws(ReadError) -> WordRelationships? {
            let parser = WordRelationships.Parser(part: part)
            return try parse(WordRelationships.partName(for: part), into: parser) ? parser.relationships : nil
        }

        // Word finds the main part through the package relationships; a file without them (only
        // hand-made ones) is read from the usual place.
        let package = try relationships(of: "")
        let mainPart = package?.first("officeDocument")?.target ?? "word/document.xml"
        guard archive[mainPart] != nil else {
            throw .notADocx(path: displayPath, reason: package == nil ? "it has no word/document.xml" : "it has no \(mainPart), the part its relationships name as the document")
        }
        let parts = try relationships(of: mainPart) ?? WordRelationships()
        let styleNames = StyleNames()
        _ = try parse(parts.first("styles")?.target ?? "word/styles.xml", into: styleNames)
        // Numbering and document properties only refine what is read (bullets or numbers, a title):
        // a damaged one is passed over, as Word does, rather than refusing the whole document.
        var numbering = WordNumbering.Parser()
        if let numberingPart = parts.first("numbering")?.target, (try? parse(numberingPart, into: numbering)) == nil {
            numbering = WordNumbering.Parser()
        }
        var properties = WordProperties.Parser()
        if (try? parse(package?.first("core-properties")?.target ?? "docProps/core.xml", into: properties)) == nil {
            properties = WordProperties.Parser()
        }

        let body = WordBodyParser(file: displayPath, styles: styleNames.names, numbering: numbering.numbering, relationships: parts)
        _ = try parse(mainPart, into: body)
        var blocks = WordBodyParser.blocks(from: body.pieces)
        var warnings = body.warnings

        // Footnotes and endnotes, from the parts the document names, as notes at the end in the order
        // they are referred to; their paragraphs are numbered on from the body's.
        var notes: [String: [Block]] = [:]
        var paragraphNumber = body.paragraphNumber
        for kind in ["footnotes", "endnotes"] {
            guard !body.references.isEmpty, let target = parts.first(kind)?.target else { continue }
            let noteParser = WordBodyParser(
                file: displayPath, styles: styleNames.names, numbering: numbering.numbering,
                relationships: try relationships(of: target) ?? WordRelationships(), firstParagraph: paragraphNumber)
            _ = try parse(target, into: noteParser)
            paragraphNumber = noteParser.paragraphNumber
            notes.merge(noteParser.notes) { first, _ in first }
            warnings += noteParser.warnings
        }
        for reference in body.references {
            guard var note = notes["\(reference.kind) \(reference.id)"], !note.isEmpty else { continue }
            let marker = Inline.text("[\(reference.number)] ", at: note[0].location)
            if case .paragraph(var first) = note[0] {
                // Word puts a space after the note's own number; the marker brings its own.
                if case .text(var lead) = first.inlines.first {
                    lead.string = String(lead.string.drop(while: \.isWhitespace))
                    first.inlines[0] = .text(lead)
                }
                first.inlines.insert(marker, at: 0)
                note[0] = .paragraph(first)
            } else {
                note.insert(.paragraph(Paragraph(inlines: [marker], location: note[0].location)), at: 0)
            }
            blocks += note
        }

        var pictures: [String: [UInt8]] = [:]
        if withPictures {
            for name in Self.picturePaths(in: blocks) {
                guard let entry = archive[name] else {
                    warnings.append(ReadWarning("A picture's file, \(name), is missing from the document.", at: SourceLocation(file: displayPath, line: 1, column: 1)))
                    continue
                }
                pictures[name] = try archive.contents(of: entry, limit: partLimit)
            }
        }
        let document = Document(
            metadata: Metadata(title: url.deletingPathExtension().lastPathComponent, kind: .paper, profile: .plain),
            parts: [Part(blocks: blocks, location: SourceLocation(file: displayPath, line: 1, column: 1))])
        return Contents(document: document, properties: properties.properties, warnings: warnings, pictures: pictures)
    }

    static func picturePaths(in blocks: [Block]) -> [String] {
        var paths: [String] = []
        for block in blocks {
            switch block {
            case .picture(let picture): if let path = picture.path, !paths.contains(path) { paths.append(path) }
            case .list(let list): paths += picturePaths(in: list.items.flatMap(\.blocks)).filter { !paths.contains($0) }
            default: break
            }
        }
        return paths
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
}
