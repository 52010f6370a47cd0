import DocumentReaders
import Foundation
import PlainlyModel
import PlainlySource

/// What a file to import holds, read through the shared reading layer: its blocks, what it says about
/// itself (title, date, authors), the bytes of its pictures, and what could not be carried.
struct ImportedText {
    var blocks: [Block]
    var title: String?
    var date: CalendarDate?
    var authors: [String] = []
    var pictures: [String: [UInt8]] = [:]
    var warnings: [ReadWarning] = []
    /// A Word file Plainly made, read back as the source it was made from (`PlainlyWordReader`).
    var plainly: Document?
    /// Whether that file said its kind and profile; where it did not, `--as` and `--profile` say.
    var plainlySays = (kind: false, profile: false)

    static func read(_ url: URL, shown: String) throws(ImportError) -> ImportedText {
        let kind = url.pathExtension.lowercased()
        do {
            switch kind {
            case "docx":
                if let made = try PlainlyWordReader.read(WordPackage(url: url, displayPath: shown), file: shown) {
                    return ImportedText(
                        blocks: made.document.parts.flatMap(\.blocks), title: made.document.metadata.title,
                        pictures: made.pictures, warnings: made.warnings, plainly: made.document,
                        plainlySays: (made.saysKind, made.saysProfile))
                }
                let contents = try DocxReader().readContents(at: url, displayPath: shown, withPictures: true)
                var date: CalendarDate?
                if let created = contents.properties.created { date = CalendarDate(iso: String(created.prefix(10))) }
                return ImportedText(
                    blocks: contents.document.parts.flatMap(\.blocks), title: contents.properties.title, date: date,
                    authors: contents.properties.creator.map { [$0] } ?? [], pictures: contents.pictures,
                    warnings: contents.warnings)
            case "md", "markdown":
                // Plain Markdown is read by Plainly's own Markdown reader, so its bold, links and tables
                // stay what they are; its title, if it has none, is its first heading.
                let loaded = try SourceLoader(readsPictures: false).load(path: url.path)
                let blocks = loaded.document.parts.flatMap { part -> [Block] in
                    guard let title = part.title, loaded.document.parts.count > 1 else { return part.blocks }
                    return [.heading(Heading(level: 2, inlines: [.text(title)]))] + part.blocks
                }
                // The reader takes a first `# ` heading as the title; without one it names the file.
                let title = loaded.diagnostics.contains { $0.id == "missing-title" } ? nil : loaded.document.metadata.title
                return ImportedText(blocks: blocks, title: title, warnings: loaded.diagnostics.map {
                    ReadWarning($0.message, at: $0.location ?? SourceLocation(file: shown, line: 1, column: 1))
                })
            case "html", "htm", "txt":
                let file = try InputFile(fileSystemPath: url.path, shownAs: shown)
                let bytes = try file.readAll()
                guard let text = String(validating: bytes, as: UTF8.self) else { throw ReadError.notUTF8(path: shown) }
                if kind.hasPrefix("htm") {
                    let document = HTMLTextReader().read(text, file: shown)
                    let title = Self.htmlTitle(text) ?? ""
                    let carried = HTMLPictures.carry(document.parts.flatMap(\.blocks), folder: url.deletingLastPathComponent(), shown: shown)
                    return ImportedText(
                        blocks: carried.blocks, title: title.isEmpty ? nil : title, pictures: carried.pictures, warnings: carried.warnings)
                }
                // Read by the same reader as `plainly check` reads it, so both see the same paragraphs,
                // headings and lists; only the spaces inside the words are tidied after.
                let document = PlainTextReader().read(text, file: shown)
                return ImportedText(blocks: PastedText.tidied(document.parts.flatMap(\.blocks)))
            default:
                throw ImportError.unsupported(path: shown)
            }
        } catch let error as ReadError {
            throw .cannotRead(error.description)
        } catch let error as ImportError {
            throw error
        } catch let error as SourceReadError {
            throw .cannotRead("\(error)")
        } catch {
            throw .cannotRead("\(shown): error: \(error)")
        }
    }

    /// The text of the page's `<title>`, with its spaces tidied and the common entities decoded.
    static func htmlTitle(_ html: String) -> String? {
        guard let match = html.firstMatch(of: /(?is)<title[^>]*>(.*?)<\/title>/) else { return nil }
        let entities = ["&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'", "&rsquo;": "’", "&nbsp;": " "]
        var title = String(match.1)
        for (entity, character) in entities { title = title.replacingOccurrences(of: entity, with: character) }
        let words = title.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words.isEmpty ? nil : words
    }
}
