import Foundation
import PlainlyModel

/// Reads a Plainly source into the content model: a single `name.md` with front matter, or a folder
/// with `guide.yaml` listing its part files in order.
///
/// Sources are only ever read, never written.
public struct SourceReader: Sendable {
    public static let guideFileName = "guide.yaml"

    public init() {}

    public func read(at url: URL) throws(SourceReadError) -> SourceReading {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw .notFound(path: url.path)
        }
        if isDirectory.boolValue {
            let manifest = url.appendingPathComponent(Self.guideFileName)
            if FileManager.default.fileExists(atPath: manifest.path) { return try readGuide(in: url) }
            // A folder that holds one document (a board paper with its pictures) stands for that file.
            guard let single = Self.onlyMarkdownFile(in: url) else { throw .notASource(path: url.path) }
            return read(markdown: try load(single), file: single.lastPathComponent, baseDirectory: url)
        }
        guard url.pathExtension.lowercased() == "md" || url.pathExtension.lowercased() == "markdown" else {
            throw .notASource(path: url.path)
        }
        let base = url.deletingLastPathComponent()
        let text = try load(url)
        return read(markdown: text, file: url.lastPathComponent, baseDirectory: base)
    }

    /// Reads one Markdown document from text, as if it were `file` in `baseDirectory`.
    public func read(markdown data: Data, file: String, baseDirectory: URL) -> SourceReading {
        var diagnostics: [Diagnostic] = []
        let text: String
        switch TextDecoding.decode(data, file: file) {
        case .text(let decoded): text = decoded
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            text = ""
        }
        let split = FrontMatterSplitter.split(text)
        var reader = MetadataReader()
        let root = yaml(split, file: file, diagnostics: &diagnostics)
        var fields = reader.readDocument(root, at: SourceLocation(file: file, line: 1, column: 1), isGuide: false)
        diagnostics += reader.fields.diagnostics

        var anchors = AnchorMaker()
        var blocks = body(split, file: file, baseDirectory: baseDirectory, anchors: &anchors, diagnostics: &diagnostics)
        if !fields.titleWasGiven {
            if case .heading(let heading)? = blocks.first, heading.level == Part.titleLevel {
                fields.metadata.title = heading.inlines.plainText
                blocks.removeFirst()
            } else {
                fields.metadata.title = (file as NSString).deletingPathExtension
                // After an error in the front matter, a missing title is noise: the error says more.
                if !diagnostics.hasErrors {
                    diagnostics.append(.warning(
                    "This document has no title; add 'title:' to the front matter or start with a '# ' heading.",
                    id: "missing-title", at: SourceLocation(file: file, line: 1, column: 1)))
                }
            }
        }
        blocks = HeadingLevels.normalize(blocks, topLevel: Part.titleLevel)
        let part = Part(blocks: blocks, location: SourceLocation(file: file, line: 1, column: 1))
        return SourceReading(
            document: Document(metadata: fields.metadata, parts: [part]),
            diagnostics: diagnostics.sortedByLocation(), baseDirectory: baseDirectory, files: [file])
    }

    public func read(markdown text: String, file: String, baseDirectory: URL) -> SourceReading {
        read(markdown: Data(text.utf8), file: file, baseDirectory: baseDirectory)
    }

    private static func onlyMarkdownFile(in folder: URL) -> URL? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let markdown = names.filter { $0.lowercased().hasSuffix(".md") && !$0.hasPrefix(".") }
        return markdown.count == 1 ? folder.appendingPathComponent(markdown[0]) : nil
    }

    // MARK: Guide folders

    private func readGuide(in folder: URL) throws(SourceReadError) -> SourceReading {
        let file = Self.guideFileName
        var diagnostics: [Diagnostic] = []
        var files = [file]
        let manifestText: String
        switch TextDecoding.decode(try load(folder.appendingPathComponent(file)), file: file) {
        case .text(let text): manifestText = text
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            manifestText = ""
        }
        var reader = MetadataReader()
        var root: YAMLValue?
        switch YAMLLoader.load(manifestText, file: file, lineOffset: 0) {
        case .value(let value): root = value
        case .failure(let diagnostic): diagnostics.append(diagnostic)
        }
        let guideLocation = SourceLocation(file: file, line: 1, column: 1)
        let fields = reader.readDocument(root, at: guideLocation, isGuide: true)
        diagnostics += reader.fields.diagnostics
        if !fields.titleWasGiven && !diagnostics.hasErrors {
            diagnostics.append(.error("guide.yaml needs a 'title:'.", id: "missing-title", at: guideLocation))
        }
        if fields.parts.isEmpty && !diagnostics.hasErrors {
            diagnostics.append(.error(
                "guide.yaml needs 'parts:', a list of the part files in order.", id: "missing-parts", at: guideLocation))
        }

        var anchors = AnchorMaker()
        var parts: [Part] = []
        var seen = Set<String>()
        for entry in fields.parts {
            let relative = SourceFileContext(file: file, baseDirectory: folder, bodyLineOffset: 0)
                .resolve(picturePath: entry.path)
            guard seen.insert(relative).inserted else {
                diagnostics.append(.warning(
                    "'\(entry.path)' is listed twice; it is used once.", id: "duplicate-part", at: entry.location))
                continue
            }
            let url = folder.appendingPathComponent(relative)
            guard FileManager.default.fileExists(atPath: url.path) else {
                diagnostics.append(.error(
                    "The part file '\(entry.path)' was not found.", id: "missing-part", at: entry.location))
                continue
            }
            files.append(relative)
            let data = try load(url)
            parts.append(readPart(data, file: relative, baseDirectory: folder, anchors: &anchors, diagnostics: &diagnostics))
        }
        return SourceReading(
            document: Document(metadata: fields.metadata, parts: parts),
            diagnostics: diagnostics.sortedByLocation(), baseDirectory: folder, files: files)
    }

    private func readPart(
        _ data: Data, file: String, baseDirectory: URL, anchors: inout AnchorMaker, diagnostics: inout [Diagnostic]
    ) -> Part {
        let location = SourceLocation(file: file, line: 1, column: 1)
        let text: String
        switch TextDecoding.decode(data, file: file) {
        case .text(let decoded): text = decoded
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return Part(blocks: [], location: location)
        }
        let split = FrontMatterSplitter.split(text)
        var reader = MetadataReader()
        let front = reader.readPart(yaml(split, file: file, diagnostics: &diagnostics))
        diagnostics += reader.fields.diagnostics
        // The part title's anchor is made first, so it keeps the plain slug.
        var title = front.title
        var blocks = body(split, file: file, baseDirectory: baseDirectory, anchors: &anchors, diagnostics: &diagnostics)
        var anchor = ""
        if title == nil, case .heading(let heading)? = blocks.first, heading.level == Part.titleLevel {
            title = heading.inlines.plainText
            anchor = heading.anchor
            blocks.removeFirst()
        } else if let title {
            anchor = anchors.anchor(for: title)
        } else {
            diagnostics.append(.warning(
                "This part has no title; add 'title:' to its front matter or start it with a '# ' heading.",
                id: "missing-title", at: location))
        }
        // Sections of a part sit below its title; a part with no title has its sections at the top.
        blocks = HeadingLevels.normalize(blocks, topLevel: title == nil ? Part.titleLevel : Part.titleLevel + 1)
        if blocks.isEmpty {
            diagnostics.append(.warning("This part has no text yet.", id: "empty-part", at: location))
        }
        return Part(
            title: title, anchor: anchor, by: front.by, status: front.status ?? .draft, blocks: blocks,
            location: location)
    }

    // MARK: Shared steps

    private func yaml(_ split: FrontMatterSplit, file: String, diagnostics: inout [Diagnostic]) -> YAMLValue? {
        if let line = split.unclosedAtLine {
            diagnostics.append(.error(
                "The front matter that starts here is never closed; end it with a line of three dashes (---).",
                id: "unclosed-front-matter", at: SourceLocation(file: file, line: line, column: 1)))
            return nil
        }
        guard let text = split.yaml else { return nil }
        switch YAMLLoader.load(text, file: file, lineOffset: split.yamlLineOffset) {
        case .value(let value): return value
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }

    private func body(
        _ split: FrontMatterSplit, file: String, baseDirectory: URL, anchors: inout AnchorMaker,
        diagnostics: inout [Diagnostic]
    ) -> [Block] {
        // An unclosed front matter block would otherwise be read as a heading and a rule.
        guard split.unclosedAtLine == nil else { return [] }
        let tree = CmarkParser.parse(split.body)
        let context = SourceFileContext(file: file, baseDirectory: baseDirectory, bodyLineOffset: split.bodyLineOffset)
        var converter = BlockConverter(context: context, anchors: anchors)
        let blocks = converter.convert(tree.children)
        anchors = converter.anchors
        diagnostics += converter.diagnostics
        return blocks
    }

    private func load(_ url: URL) throws(SourceReadError) -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: url.path, reason: (error as NSError).localizedDescription)
        }
    }
}
