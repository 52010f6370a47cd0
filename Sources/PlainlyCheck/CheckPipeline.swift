import Foundation
import PlainlyModel
import PlainlySource
import Readability

/// `plainly check`: load each input into the content model, check it, and gather the reports.
///
/// A `.md` file or a guide folder (one with `guide.yaml`) is read by the Plainly source reader; `.txt`,
/// `.html`/`.htm` and `.docx` by the readability readers; any other folder is checked file by file
/// (its supported files, sorted, not its subfolders), one report each plus a total.
public struct CheckPipeline: Sendable {
    public struct Options: Sendable {
        /// Overrides the profile a source names; papers default to plain English.
        public var profile: ProfileName?
        /// Keep every sentence and word (for `--tokens` and the HTML report).
        public var keepsUnits: Bool

        public init(profile: ProfileName? = nil, keepsUnits: Bool = false) {
            self.profile = profile
            self.keepsUnits = keepsUnits
        }
    }

    public static let checkableExtensions: Set<String> = ["md", "txt", "html", "htm", "docx"]

    public init() {}

    /// Checks every path, in order; a folder may expand to several files.
    public func check(_ paths: [String], options: Options, relativeTo workingDirectory: URL? = nil) throws(CheckError) -> CheckReport {
        var files: [FileReport] = []
        for path in paths { files += try check(path: path, options: options, relativeTo: workingDirectory) }
        return CheckReport(files: files)
    }

    public func check(path: String, options: Options, relativeTo workingDirectory: URL? = nil) throws(CheckError) -> [FileReport] {
        let url = SourceLoader.url(for: path, relativeTo: workingDirectory)
        let shown = SourceLoader.trimTrailingSlashes(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw .notFound(path: shown)
        }
        if isDirectory.boolValue {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("guide.yaml").path) {
                return [try checkSource(path: path, options: options, relativeTo: workingDirectory)]
            }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [])
                .filter { !$0.hasPrefix(".") && Self.checkableExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
                .sorted()
            guard !names.isEmpty else { throw .noCheckableFiles(path: shown) }
            var reports: [FileReport] = []
            for name in names {
                reports += try check(path: (shown as NSString).appendingPathComponent(name), options: options, relativeTo: workingDirectory)
            }
            return reports
        }
        switch url.pathExtension.lowercased() {
        case "md":
            return [try checkSource(path: path, options: options, relativeTo: workingDirectory)]
        case "txt", "text":
            // Read and checked a part at a time: neither the file nor its content model is held whole.
            guard let file = fopen(url.path, "rb") else {
                throw .read(.cannotRead(path: shown, reason: String(cString: strerror(errno))))
            }
            defer { fclose(file) }
            let parts = StreamedTextParts(chunks: FileChunks(file: file), file: shown)
            let checker = Checker(profile: .named(options.profile ?? .plainEnglish), keepsUnits: options.keepsUnits, usesWorkers: true)
            let result = checker.check(metadata: PlainTextReader.metadata(), parts: parts)
            if ferror(file) != 0 { throw .read(.cannotRead(path: shown, reason: "the file could not be read to the end")) }
            guard parts.isValidUTF8 else {
                throw .read(.notUTF8(path: shown, line: parts.firstInvalidPlace?.line, column: parts.firstInvalidPlace?.column))
            }
            return [FileReport(path: shown, result: result)]
        case "html", "htm", "xhtml":
            let document = try readText(url, shown: shown) { HTMLTextReader().read($0, file: shown) }
            return [report(document, path: shown, options: options)]
        case "docx":
            do {
                return [report(try DocxReader().read(at: url, displayPath: shown), path: shown, options: options)]
            } catch {
                throw .read(error)
            }
        default:
            throw .read(.unsupported(path: shown))
        }
    }

    /// A Plainly source: its own profile unless overridden, and its reader's diagnostics kept.
    func checkSource(path: String, options: Options, relativeTo workingDirectory: URL?) throws(CheckError) -> FileReport {
        let loaded: LoadedSource
        do {
            loaded = try SourceLoader().load(path: path, relativeTo: workingDirectory)
        } catch {
            throw .source(error)
        }
        let profile = options.profile ?? ProfileName(loaded.document.metadata.profile)
        let result = Checker(profile: .named(profile), keepsUnits: options.keepsUnits, usesWorkers: true).check(loaded.document)
        return FileReport(
            path: SourceLoader.trimTrailingSlashes(path), pathPrefix: loaded.displayPrefix, result: result,
            sourceDiagnostics: loaded.diagnostics)
    }

    func report(_ document: Document, path: String, options: Options) -> FileReport {
        let result = Checker(profile: .named(options.profile ?? .plainEnglish), keepsUnits: options.keepsUnits, usesWorkers: true).check(document)
        return FileReport(path: path, result: result)
    }

    func readText(_ url: URL, shown: String, into read: (String) -> Document) throws(CheckError) -> Document {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw .read(.cannotRead(path: shown, reason: error.localizedDescription))
        }
        guard var text = String(data: data, encoding: .utf8) else {
            let place = UTF8Check.firstInvalidPlace([UInt8](data))
            throw .read(.notUTF8(path: shown, line: place?.line, column: place?.column))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return read(text)
    }
}

/// A file read in chunks of 32 KB: each piece of the text (up to the last blank line in what has been
/// read) is one job for the checker's workers, so pieces this size keep them all busy and little text
/// in memory at once.
struct FileChunks: IteratorProtocol {
    let file: UnsafeMutablePointer<FILE>
    static let size = 1 << 15

    mutating func next() -> [UInt8]? {
        var chunk = [UInt8](repeating: 0, count: Self.size)
        let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
        guard count > 0 else { return nil }
        chunk.removeLast(Self.size - count)
        return chunk
    }
}
