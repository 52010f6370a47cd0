import DocumentReaders
import Foundation
import PlainlyModel

/// Writes a document read back from a Word file Plainly made as the source it came from: its
/// metadata in `guide.yaml` (or a single file's front matter, when it had one part without a title),
/// each part in its own file with its title, writers and status, and its pictures in `pictures/`.
enum PlainlySourceWriter {
    static func make(_ document: Document, pictures: [String: [UInt8]], warnings: [ReadWarning], fileName: String) -> SourceFolderMaker.Made {
        var files: [(path: String, contents: Data)] = []
        var pictureNames: [String: String] = [:]
        for (index, name) in pictures.keys.sorted().enumerated() {
            let ext = (name as NSString).pathExtension.lowercased()
            let newName = String(format: "picture-%02d.%@", index + 1, ext.isEmpty ? "png" : ext)
            pictureNames[name] = newName
            files.append(("pictures/\(newName)", Data(pictures[name]!)))
        }
        func writer(folder: String, partLevel: Int) -> MarkdownWriter {
            var writer = MarkdownWriter(
                picturePath: { picture in
                    if case .bank(let name) = picture.source { return Picture.bankPrefix + name }
                    return picture.filePath.flatMap { pictureNames[$0] }.map { folder + $0 }
                },
                partLevel: partLevel)
            // Plainly writes a line break only where the source had one; easy read breaks at every
            // sentence again, so there a new line in the source (as the samples write) is enough.
            writer.lineBreak = document.metadata.profile == .easyRead ? "\n" : "\\\n"
            return writer
        }
        var metadata = metadataYAML(document.metadata)
        // The cover's picture and the logo, as `picture:` and `description:` (paths from the source's own folder).
        for (key, picture) in [("cover", document.metadata.cover), ("logo", document.metadata.logo)] {
            guard let picture else { continue }
            let path: String? = if case .bank(let name) = picture.source { Picture.bankPrefix + name } else {
                picture.filePath.flatMap { pictureNames[$0] }.map { "pictures/" + $0 }
            }
            guard let path else { continue }
            metadata += "\(key):\n  picture: \(SourceFolderMaker.yaml(path))\n  description: \(SourceFolderMaker.yaml(picture.description))\n"
        }
        var text: [String] = []
        if document.parts.count == 1, document.parts[0].title == nil {
            let body = writer(folder: "pictures/", partLevel: 1).blocks(document.parts[0].blocks)
            text.append(body)
            files.insert(("\(SourceFolderMaker.slug(fileName)).md", Data(("---\n" + metadata + "---\n" + body + "\n").utf8)), at: 0)
        } else {
            var paths: [String] = []
            for (index, part) in document.parts.enumerated() {
                let title = part.title ?? document.metadata.title
                let path = String(format: "parts/%02d-%@.md", index + 1, SourceFolderMaker.slug(title))
                paths.append(path)
                var front = "---\ntitle: \(SourceFolderMaker.yaml(title))\n"
                if !part.by.isEmpty { front += "by: [" + part.by.map(SourceFolderMaker.yaml).joined(separator: ", ") + "]\n" }
                front += "status: \(part.status.rawValue)\n---\n"
                let body = writer(folder: "../pictures/", partLevel: 2).blocks(part.blocks)
                text.append(title + " " + body)
                files.append((path, Data((front + body + "\n").utf8)))
            }
            let yaml = "# Imported from \(fileName), a Word file Plainly made.\n" + metadata + "parts:\n" + paths.map { "  - \($0)\n" }.joined()
            files.insert(("guide.yaml", Data(yaml.utf8)), at: 0)
        }
        let words = SourceFolderMaker.countWords(in: SourceFolderMaker.plainText(document.parts.flatMap(\.blocks)))
        return SourceFolderMaker.Made(
            files: files, wordsKept: words, wordsRead: words,
            warnings: warnings.map { "\($0.location.file):\($0.location.line): warning: \($0.message)" }, hardWords: [])
    }

    /// Every key the metadata has a value for, in the order the samples write them.
    static func metadataYAML(_ m: Metadata) -> String {
        let q = SourceFolderMaker.yaml
        var out = "title: \(q(m.title))\n"
        if let subtitle = m.subtitle { out += "subtitle: \(q(subtitle))\n" }
        out += "kind: \(m.kind.rawValue)\nprofile: \(m.profile.rawValue)\nlanguage: \(m.language)\n"
        if let date = m.date { out += "date: \(date.iso)\n" }
        if let date = m.reviewDate { out += "review-date: \(date.iso)\n" }
        if let version = m.version { out += "version: \(q(version))\n" }
        if let original = m.easyReadOf { out += "easy-read-of: \(q(original))\n" }
        if !m.authors.isEmpty { out += "authors:\n" + m.authors.map { "  - \(q($0))\n" }.joined() }
        if let issue = m.newsletter.issue { out += "issue: \(q(issue))\n" }
        if let season = m.newsletter.season { out += "season: \(q(season))\n" }
        if m.newsletter.articleStartsNewPage { out += "article-break: page\n" }
        let paper = m.paper
        for (key, value) in [("meeting", paper.meeting), ("agenda-item", paper.agendaItem), ("purpose", paper.purpose), ("decision-needed", paper.decisionNeeded)] {
            if let value { out += "\(key): \(q(value))\n" }
        }
        if let contact = m.contact, !contact.isEmpty {
            out += "contact:\n"
            for (key, value) in [("name", contact.name), ("phone", contact.phone), ("email", contact.email), ("address", contact.address), ("website", contact.website)] {
                if let value { out += "  \(key): \(q(value))\n" }
            }
        }
        if !m.newsletter.events.isEmpty {
            out += "events:\n"
            for event in m.newsletter.events {
                out += "  - date: \(event.date.iso)\n"
                if let time = event.time { out += "    time: \(q(time))\n" }
                if let place = event.place { out += "    place: \(q(place))\n" }
                out += "    what: \(q(event.what))\n"
            }
        }
        if !m.glossary.isEmpty { out += "glossary:\n" + m.glossary.map { "  \(q($0.term)): \(q($0.explanation))\n" }.joined() }
        return out
    }
}
