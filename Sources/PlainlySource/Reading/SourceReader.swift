import Foundation
import PlainlyModel

/// Reads a Plainly source into the content model: a single `name.md` with front matter, or a folder
/// with `guide.yaml` listing its part files in order.
///
/// Sources are only ever read, never written. A source is a closed world: every part and picture
/// it names must be an ordinary file inside its folder (after following links), or inside one of
/// `allowedRoots`; anything else is an error at the line that names it. Every limit is in
/// `SourceLimits`.
public struct SourceReader: Sendable {
    public static let guideFileName = "guide.yaml"

    /// Folders beyond the source's own that parts and pictures may come from.
    public var allowedRoots: [URL]
    /// Whether to read the picture files into `SourceReading.pictures`. The checker, which needs
    /// only the words, may skip them; a picture outside the folder is an error either way.
    public var readsPictures: Bool

    public init(allowedRoots: [URL] = [], readsPictures: Bool = true) {
        self.allowedRoots = allowedRoots
        self.readsPictures = readsPictures
    }

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
            let data = try load(single.lastPathComponent, in: SourceFolder(base: url, allowedRoots: allowedRoots))
            return read(markdown: data, file: single.lastPathComponent, baseDirectory: url)
        }
        guard url.pathExtension.lowercased() == "md" || url.pathExtension.lowercased() == "markdown" else {
            throw .notASource(path: url.path)
        }
        // The file the user named is read wherever a link leads; its folder is the closed world.
        let base = url.deletingLastPathComponent()
        guard let real = SourceFolder.realPath(url.path) else { throw .notFound(path: url.path) }
        let text = try Self.check(SourceFolder.readRegularFile(atRealPath: real, limit: SourceLimits.maximumSourceFileBytes),
                                  path: url.path)
        return read(markdown: text, file: url.lastPathComponent, baseDirectory: base)
    }

    /// Reads one Markdown document from text, as if it were `file` in `baseDirectory`.
    public func read(markdown data: Data, file: String, baseDirectory: URL) -> SourceReading {
        let folder = SourceFolder(base: baseDirectory, allowedRoots: allowedRoots)
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
        let references = PictureReference(
            context: SourceFileContext(file: file, sourceFolder: folder, bodyLineOffset: split.bodyLineOffset))
        var fields = reader.readDocument(
            root, at: SourceLocation(file: file, line: 1, column: 1), isGuide: false, pictures: references)
        diagnostics += reader.fields.diagnostics

        var anchors = AnchorMaker()
        var blocks = body(split, file: file, folder: folder, anchors: &anchors, diagnostics: &diagnostics)
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
        let document = Document(metadata: fields.metadata, parts: [part])
        return SourceReading(
            document: document, diagnostics: diagnostics.sortedByLocation(), baseDirectory: baseDirectory,
            files: [file], pictures: pictures(of: document, in: folder))
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

    private func readGuide(in url: URL) throws(SourceReadError) -> SourceReading {
        let folder = SourceFolder(base: url, allowedRoots: allowedRoots)
        let file = Self.guideFileName
        var diagnostics: [Diagnostic] = []
        var files = [file]
        let manifestText: String
        let manifest = try load(file, in: folder)
        var bytesRead = manifest.count
        switch TextDecoding.decode(manifest, file: file) {
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
        let references = PictureReference(context: SourceFileContext(file: file, sourceFolder: folder, bodyLineOffset: 0))
        let fields = reader.readDocument(root, at: guideLocation, isGuide: true, pictures: references)
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
        for (index, entry) in fields.parts.enumerated() {
            guard index < SourceLimits.maximumParts else {
                diagnostics.append(.error(
                    "guide.yaml lists \(fields.parts.count) parts; a guide may have at most \(SourceLimits.maximumParts). "
                        + "Split it into more than one guide.",
                    id: "too-many-parts", at: entry.location))
                break
            }
            let relative = SourceFileContext(file: file, sourceFolder: folder, bodyLineOffset: 0)
                .resolve(picturePath: entry.path)
            guard seen.insert(relative).inserted else {
                diagnostics.append(.warning(
                    "'\(entry.path)' is listed twice; it is used once.", id: "duplicate-part", at: entry.location))
                continue
            }
            let budget = SourceLimits.maximumSourceBytesInTotal - bytesRead
            let data: Data
            switch folder.read(relative, limit: min(SourceLimits.maximumSourceFileBytes, budget)) {
            case .success(let read): data = read
            case .failure(let refusal):
                if case .unreadable(let reason) = refusal {
                    throw .unreadable(path: folder.base.appendingPathComponent(relative).path, reason: reason)
                }
                diagnostics.append(Self.diagnostic(for: refusal, part: entry.path, at: entry.location))
                continue
            }
            bytesRead += data.count
            files.append(relative)
            parts.append(readPart(data, file: relative, folder: folder, anchors: &anchors, diagnostics: &diagnostics))
        }
        let document = Document(metadata: fields.metadata, parts: parts)
        return SourceReading(
            document: document, diagnostics: diagnostics.sortedByLocation(), baseDirectory: url, files: files,
            pictures: pictures(of: document, in: folder))
    }

    /// Why a part named in guide.yaml is not read, at the line that names it.
    private static func diagnostic(for refusal: SourceFolder.Refusal, part: String, at location: SourceLocation) -> Diagnostic {
        switch refusal {
        case .outside:
            return Diagnostic(
                .error, "The part '\(part)' is outside the source folder, so it is not read.", id: "outside-source",
                at: location,
                why: "A guide may only use files inside its own folder, so that nothing private is published by mistake.",
                suggestion: "Move or copy the file into the folder that holds guide.yaml, and name it from there.")
        case .notFound:
            return .error("The part file '\(part)' was not found.", id: "missing-part", at: location)
        case .notARegularFile:
            return .error(
                "The part '\(part)' is not an ordinary file (it is a folder, FIFO or device), so it is not read.",
                id: "not-a-file", at: location)
        case .tooLarge(let bytes, let limit):
            if limit < SourceLimits.maximumSourceFileBytes {
                return .error(
                    "The part '\(part)' is not read: the files of a guide may be at most "
                        + "\(SourceLimits.megabytes(SourceLimits.maximumSourceBytesInTotal)) together.",
                    id: "source-too-large", at: location)
            }
            return .error(
                "The part '\(part)' is \(SourceLimits.megabytes(bytes)); a part may be at most \(SourceLimits.megabytes(limit)).",
                id: "source-too-large", at: location)
        case .unreadable(let reason):
            return .error("The part '\(part)' could not be read: \(reason).", id: "unreadable-part", at: location)
        }
    }

    private func readPart(
        _ data: Data, file: String, folder: SourceFolder, anchors: inout AnchorMaker, diagnostics: inout [Diagnostic]
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
        var blocks = body(split, file: file, folder: folder, anchors: &anchors, diagnostics: &diagnostics)
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
        _ split: FrontMatterSplit, file: String, folder: SourceFolder, anchors: inout AnchorMaker,
        diagnostics: inout [Diagnostic]
    ) -> [Block] {
        // An unclosed front matter block would otherwise be read as a heading and a rule.
        guard split.unclosedAtLine == nil else { return [] }
        let context = SourceFileContext(file: file, sourceFolder: folder, bodyLineOffset: split.bodyLineOffset)
        // Runs of markers on one line are cut first: cmark would build every level before any check.
        let limited = LeadingMarkers.limit(split.body)
        var parsed = CmarkParser.parse(limited.text)
        if let cut = limited.firstCut {
            parsed.tooDeep = CmarkParser.TooDeep(
                line: cut.line, column: cut.column,
                message: "Block quotes and lists are nested more than \(SourceLimits.maximumBlockNesting) deep here; "
                    + "what is inside is left out.")
        }
        if let tooDeep = parsed.tooDeep {
            diagnostics.append(Diagnostic(
                .error, tooDeep.message, id: "nested-too-deep",
                at: SourceLocation(file: file, line: tooDeep.line + split.bodyLineOffset, column: max(tooDeep.column, 1)),
                why: "Text nested this deep cannot be read by anyone, and would exhaust the memory that builds it.",
                suggestion: "Use headings and short lists side by side instead of putting them inside each other."))
        }
        let tree = parsed.root
        var converter = BlockConverter(context: context, anchors: anchors)
        let blocks = converter.convert(tree.children)
        anchors = converter.anchors
        diagnostics += converter.diagnostics
        if let note = converter.pastedSpaces.note { diagnostics.append(note) }
        return blocks
    }

    private func pictures(of document: Document, in folder: SourceFolder) -> SourcePictures {
        readsPictures ? PictureReader(folder: folder).read(document) : SourcePictures()
    }

    /// `guide.yaml`, or the one `.md` of a folder: an ordinary file inside it, within the size limit.
    private func load(_ name: String, in folder: SourceFolder) throws(SourceReadError) -> Data {
        let path = folder.base.appendingPathComponent(name).path
        return try Self.check(folder.read(name, limit: SourceLimits.maximumSourceFileBytes), path: path)
    }

    private static func check(_ result: Result<Data, SourceFolder.Refusal>, path: String) throws(SourceReadError) -> Data {
        switch result {
        case .success(let data): return data
        case .failure(.notFound): throw .notFound(path: path)
        case .failure(.outside): throw .outsideSource(path: path)
        case .failure(.notARegularFile): throw .notARegularFile(path: path)
        case .failure(.tooLarge(let bytes, let limit)): throw .tooLarge(path: path, bytes: bytes, limit: limit)
        case .failure(.unreadable(let reason)): throw .unreadable(path: path, reason: reason)
        }
    }
}
