import DocumentReaders
import Foundation
import PlainlyModel

/// What a file to import holds, read through the shared reading layer: its blocks, what it says about
/// itself (title, date, authors), the bytes of its pictures, and what could not be carried.
struct ImportedText {
    var blocks: [Block]
    var title: String?
    var date: CalendarDate?
    var authors: [String] = []
    var pictures: [String: [UInt8]] = [:]
    var warnings: [ReadWarning] = []

    static func read(_ url: URL, shown: String) throws(ImportError) -> ImportedText {
        let kind = url.pathExtension.lowercased()
        do {
            switch kind {
            case "docx":
                let contents = try DocxReader().readContents(at: url, displayPath: shown, withPictures: true)
                var date: CalendarDate?
                if let created = contents.properties.created { date = CalendarDate(iso: String(created.prefix(10))) }
                return ImportedText(
                    blocks: contents.document.parts.flatMap(\.blocks), title: contents.properties.title, date: date,
                    authors: contents.properties.creator.map { [$0] } ?? [], pictures: contents.pictures,
                    warnings: contents.warnings)
            case "html", "htm", "txt", "md", "markdown":
                let file = try InputFile(fileSystemPath: url.path, shownAs: shown)
                let bytes = try file.readAll()
                guard let text = String(validating: bytes, as: UTF8.self) else { throw ReadError.notUTF8(path: shown) }
                if kind.hasPrefix("htm") {
                    let document = HTMLTextReader().read(text, file: shown)
                    let title = document.metadata.title.trimmingCharacters(in: .whitespacesAndNewlines)
                    return ImportedText(blocks: document.parts.flatMap(\.blocks), title: title.isEmpty ? nil : title)
                }
                let prepared = kind == "txt" ? PastedText.normalise(text) : text
                let document = PlainTextReader().read(prepared, file: shown)
                return ImportedText(blocks: document.parts.flatMap(\.blocks))
            default:
                throw ImportError.unsupported(path: shown)
            }
        } catch let error as ReadError {
            throw .cannotRead(error.description)
        } catch let error as ImportError {
            throw error
        } catch {
            throw .cannotRead("\(shown): error: \(error)")
        }
    }
}
