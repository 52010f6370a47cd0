import Foundation
import PlainlyModel
import Readability

/// Turns what was read into a Plainly source folder: `guide.yaml`, one part for each top-level
/// heading in `parts/`, and the pictures in `pictures/`. With the easy-read profile each paragraph
/// becomes a row (a picture slot, then one sentence a line) and the checker's hard words are offered
/// as glossary entries for the group to explain.
public struct SourceFolderMaker {
    public struct Options: Sendable {
        public var kind: DocumentKind
        public var profile: Profile

        public init(kind: DocumentKind = .guide, profile: Profile = .plain) {
            self.kind = kind
            self.profile = profile
        }
    }

    /// The folder's files (path → bytes), and what was said while making them.
    public struct Made {
        public var files: [(path: String, contents: Data)]
        public var wordsKept: Int
        public var wordsRead: Int
        public var warnings: [String]
        public var hardWords: [String]
    }

    /// Most hard words offered for the glossary: a longer list is a rewrite, not a glossary.
    static let maximumGlossaryEntries = 40

    let options: Options

    public init(options: Options) { self.options = options }

    func make(_ text: ImportedText, fileName: String) -> Made {
        if var document = text.plainly {
            if !text.plainlySays.kind { document.metadata.kind = options.kind }
            if !text.plainlySays.profile { document.metadata.profile = options.profile }
            return PlainlySourceWriter.make(document, pictures: text.pictures, warnings: text.warnings, fileName: fileName)
        }
        var blocks = text.blocks
        var title = text.title
        // A first heading above all others is the document's title, not a part.
        // (When the document properties name another title, the heading stays in the text.)
        if let first = blocks.first, case .heading(let heading) = first,
            title == nil || title == heading.inlines.plainText,
            !blocks.dropFirst().contains(where: { if case .heading(let other) = $0 { other.level <= heading.level } else { false } })
        {
            if title == nil { title = heading.inlines.plainText }
            blocks.removeFirst()
        } else if title == nil, let heading = blocks.lazy.compactMap({ if case .heading(let h) = $0 { h } else { nil } }).first {
            title = heading.inlines.plainText
        }
        let documentTitle = (title?.isEmpty == false ? title! : fileName)

        // Pictures get plain, numbered names of their own in pictures/.
        var pictureNames: [String: String] = [:]
        var files: [(String, Data)] = []
        for (index, name) in text.pictures.keys.sorted().enumerated() {
            let ext = (name as NSString).pathExtension.lowercased()
            let newName = String(format: "picture-%02d.%@", index + 1, ext.isEmpty ? "png" : ext)
            pictureNames[name] = newName
            files.append(("pictures/\(newName)", Data(text.pictures[name]!)))
        }

        let partLevel = blocks.compactMap { if case .heading(let h) = $0 { h.level } else { nil } }.min() ?? 2
        // A part's title is its heading, or for text before the first heading, the document's title.
        var parts: [(title: String, isHeading: Bool, blocks: [Block])] = []
        for block in blocks {
            if case .heading(let heading) = block, heading.level == partLevel {
                parts.append((heading.inlines.plainText, true, []))
            } else {
                if parts.isEmpty { parts.append((documentTitle, false, [])) }
                parts[parts.count - 1].blocks.append(block)
            }
        }
        if parts.isEmpty { parts.append((documentTitle, false, [])) }

        let writer = MarkdownWriter(
            picturePath: { picture in picture.path.flatMap { pictureNames[$0] }.map { "../pictures/\($0)" } },
            partLevel: partLevel)
        var partPaths: [String] = []
        var allText: [String] = []
        for (index, part) in parts.enumerated() {
            let partBlocks = options.profile == .easyRead ? EasyReadRows.make(part.blocks) : part.blocks
            let body = writer.blocks(partBlocks)
            let path = String(format: "parts/%02d-%@.md", index + 1, Self.slug(part.title))
            partPaths.append(path)
            if part.isHeading { allText.append(part.title) }
            allText.append(body)
            let front = "---\ntitle: \(Self.yaml(part.title))\nstatus: draft\n---\n"
            files.append((path, Data((front + body + "\n").utf8)))
        }

        var hardWords: [String] = []
        if options.profile == .easyRead {
            let metadata = Metadata(title: documentTitle, kind: options.kind, profile: .easyRead)
            let result = CheckService().check(Document(metadata: metadata, parts: [Part(blocks: blocks)]))
            for finding in result.findings where finding.rule == "hard-word" {
                guard let word = finding.message.split(separator: "'").first.map(String.init), !hardWords.contains(word) else { continue }
                hardWords.append(word)
                if hardWords.count == Self.maximumGlossaryEntries { break }
            }
        }

        var yaml = "# Imported from \(fileName) by plainly import. Check every part, then set its status to agreed.\n"
        yaml += "title: \(Self.yaml(documentTitle))\nkind: \(options.kind.rawValue)\nprofile: \(options.profile.rawValue)\nlanguage: en-GB\n"
        if let date = text.date { yaml += "date: \(date)\n" }
        if !text.authors.isEmpty { yaml += "authors:\n" + text.authors.map { "  - \(Self.yaml($0))\n" }.joined() }
        if !hardWords.isEmpty {
            yaml += "# Hard words the checker found: write what each means, in a few plain words.\n"
            yaml += "# plainly build --final refuses while one is empty.\nglossary:\n"
            yaml += hardWords.map { "  \(Self.yaml($0)): \"\"\n" }.joined()
        }
        yaml += "parts:\n" + partPaths.map { "  - \($0)\n" }.joined()
        files.insert(("guide.yaml", Data(yaml.utf8)), at: 0)

        let warnings = text.warnings.map { "\($0.location.file):\($0.location.line): warning: \($0.message)" }
        // Words read: the text, and a title the document's properties give beside it. Words kept: what
        // the parts say, their headings, and the title when it came from the document.
        let read = Self.countWords(in: Self.plainText(text.blocks) + " " + (text.title ?? ""))
        let kept = Self.countWords(in: allText.joined(separator: " ") + " " + (title ?? ""))
        return Made(files: files, wordsKept: min(kept, read), wordsRead: read, warnings: warnings, hardWords: hardWords)
    }

    static func plainText(_ blocks: [Block]) -> String {
        blocks.map { block -> String in
            switch block {
            case .heading(let h): h.inlines.plainText
            case .paragraph(let p): p.inlines.plainText
            case .list(let l): plainText(l.items.flatMap(\.blocks))
            case .table(let t): (t.header + t.rows.flatMap { $0 }).map(\.inlines.plainText).joined(separator: " ")
            case .easyReadRow(let r): r.lines.map(\.inlines.plainText).joined(separator: " ")
            case .callout(let c): plainText(c.blocks)
            default: ""
            }
        }.joined(separator: " ")
    }

    static func countWords(in text: String) -> Int {
        text.split { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" }.filter { $0.contains(where: \.isLetter) }.count
    }

    /// A file name from a title: lower case letters and digits joined by hyphens, at most 40 long.
    static func slug(_ title: String) -> String {
        let words = title.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        var slug = ""
        for word in words where slug.count + word.count < 40 { slug += (slug.isEmpty ? "" : "-") + word }
        let ascii = slug.unicodeScalars.filter { $0.isASCII }.map(String.init).joined()
        return ascii.isEmpty ? "part" : ascii
    }

    /// A YAML string that reads back as itself: double-quoted, with `"` and `\` escaped.
    static func yaml(_ text: String) -> String {
        "\"" + text.replacingAll("\\", "\\\\").replacingAll("\"", "\\\"").replacingAll("\n", " ") + "\""
    }
}

/// The easy-read way to write a part: each paragraph a row with a picture slot to fill, one sentence
/// a line. Headings, lists and tables stay as they are.
enum EasyReadRows {
    static func make(_ blocks: [Block]) -> [Block] {
        blocks.map { block in
            guard case .paragraph(let paragraph) = block else { return block }
            let text = paragraph.inlines.plainText
            let sentences = Tokeniser().sentences(in: text).map { sentence in
                String(text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: sentence.range.lowerBound)..<text.utf8.index(text.utf8.startIndex, offsetBy: sentence.range.upperBound)])!
            }
            let lines = (sentences.isEmpty ? [text] : sentences).map {
                TextLine(inlines: [.text($0.trimmingCharacters(in: .whitespaces))], location: paragraph.location)
            }
            let words = text.split(separator: " ").prefix(6).joined(separator: " ")
            let slot = Picture(source: .slot, words: .description("A picture for: \(words)"), location: paragraph.location)
            return .easyReadRow(EasyReadRow(picture: slot, lines: lines, location: paragraph.location))
        }
    }
}
