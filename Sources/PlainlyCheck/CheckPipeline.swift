import DocumentReaders
import Foundation
import PlainlyModel
import PlainlySource
import Readability

/// `plainly check`: load each input into the content model, check it, and gather the reports.
///
/// A `.md` file or a guide folder (one with `guide.yaml`) is read by the Plainly source reader; `.txt`,
/// `.html`/`.htm` and `.docx` by DocumentReaders (the reading layer `import` will share); any other
/// folder is checked file by file (its supported files, sorted, not its subfolders), one report each
/// plus a total. In the product, this is where the readers meet the checker, which knows only the model.
///
/// A file that cannot be read (not UTF-8, damaged, too large, not a regular file) does not stop the
/// others: it gets a report of its own that carries the error (`FileReport.failure`), and the command
/// exits with 2 at the end. Only a path that does not exist, a folder with nothing to check, or a
/// project settings file (`.plainly.yaml`) with problems stops the check at once.
public struct CheckPipeline: Sendable {
    public struct Options: Sendable {
        /// Overrides the profile a source names; papers default to plain English.
        public var profile: Profile?
        /// Keep every sentence and word in each result. `check` spools them instead (`spoolsUnits`), so
        /// a long text's units are never all in memory.
        public var keepsUnits: Bool
        /// `--kind`: what a Word file, web page or text file is; nil to tell from its headings
        /// (`DocumentKindGuess`). A Plainly source says its own kind.
        public var kind: DocumentKind?
        /// For a report written as it is made (`--format html`, `--tokens`): each file's units go, as
        /// that report shows them, into a `UnitSpool` on its `FileReport` as they are checked, rather
        /// than being kept. Nil for none.
        public var spoolsUnits: UnitSpool.Format?

        public init(profile: Profile? = nil, keepsUnits: Bool = false, kind: DocumentKind? = nil, spoolsUnits: UnitSpool.Format? = nil) {
            self.profile = profile
            self.keepsUnits = keepsUnits
            self.kind = kind
            self.spoolsUnits = spoolsUnits
        }

        /// How every file of this check is checked: worker threads, since `check` reads long texts.
        func service(settings: CheckSettings? = nil) -> CheckService {
            CheckService(profile: profile, keepsUnits: keepsUnits, usesWorkers: true, settings: settings ?? CheckSettings())
        }
    }

    public static let checkableExtensions: Set<String> = ["md", "txt", "html", "htm", "docx"]

    public init() {}

    /// Checks every path, in order; a folder may expand to several files. Files that cannot be read
    /// are in the report with their error (see `CheckReport.failures`).
    public func check(_ paths: [String], options: Options, relativeTo workingDirectory: URL? = nil) throws(CheckError) -> CheckReport {
        // One spool for every file of the check, each file's units after the last's, so that together
        // they take no more memory than one.
        let spool = ByteSpool()
        var files: [FileReport] = []
        for path in paths { files += try check(path: path, options: options, relativeTo: workingDirectory, spool: spool) }
        return CheckReport(files: files)
    }

    public func check(path: String, options: Options, relativeTo workingDirectory: URL? = nil) throws(CheckError) -> [FileReport] {
        try check(path: path, options: options, relativeTo: workingDirectory, spool: ByteSpool())
    }

    func check(path: String, options: Options, relativeTo workingDirectory: URL?, spool: ByteSpool) throws(CheckError) -> [FileReport] {
        do {
            return try checkOrThrow(path: path, options: options, relativeTo: workingDirectory, spool: spool)
        } catch {
            switch error {
            case .notFound, .noCheckableFiles, .settings: throw error
            case .read, .source: return [failed(path, error, options: options)]
            }
        }
    }

    func failed(_ path: String, _ error: CheckError, options: Options) -> FileReport {
        FileReport(
            path: SourceLoader.trimTrailingSlashes(path), failure: error.description,
            profile: .named(options.profile ?? .plain))
    }

    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    func checkOrThrow(
        path: String, options: Options, relativeTo workingDirectory: URL? = nil, spool: ByteSpool = ByteSpool()
    ) throws(CheckError) -> [FileReport] {
        let url = SourceLoader.url(for: path, relativeTo: workingDirectory)
        let shown = SourceLoader.trimTrailingSlashes(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw .notFound(path: shown)
        }
        if isDirectory.boolValue {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("guide.yaml").path) {
                return [try checkSource(path: path, options: options, relativeTo: workingDirectory, spool: spool)]
            }
            // Files only: a subfolder, even one named `notes.html`, is not checked.
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [])
                .filter { !$0.hasPrefix(".") && Self.checkableExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
                .filter { !Self.isFolder(url.appendingPathComponent($0).path) }
                .sorted()
            guard !names.isEmpty else { throw .noCheckableFiles(path: shown) }
            var reports: [FileReport] = []
            for name in names {
                let file = (shown as NSString).appendingPathComponent(name)
                do {
                    reports += try checkOrThrow(path: file, options: options, relativeTo: workingDirectory, spool: spool)
                } catch {
                    // Settings nobody can use stop the check: they would apply to every file.
                    if case .settings = error { throw error }
                    // Even a file gone since the folder was listed (or a dangling link) stops only itself.
                    reports.append(failed(file, error, options: options))
                }
            }
            return reports
        }
        // The project's settings apply to every file below the folder that holds them; a file that
        // does not name its profile (text, web page, Word) takes the project's.
        let project = try projectSettings(near: url.deletingLastPathComponent(), relativeTo: workingDirectory)
        let named = options.service(settings: project?.settings)
        var service = named
        if options.profile == nil, let profile = project?.profile { service.profileOverride = profile }
        switch url.pathExtension.lowercased() {
        case "md":
            return [try checkSource(path: path, options: options, relativeTo: workingDirectory, spool: spool)]
        case "txt", "text":
            // Read and checked a part at a time: neither the file nor its content model is held whole.
            let file: InputFile
            do {
                file = try InputFile(fileSystemPath: url.path, shownAs: shown)
            } catch {
                throw .read(error)
            }
            let chunks = InputFile.Chunks(file)
            let parts = StreamedTextParts(chunks: chunks, file: shown)
            // The kind is told from the first piece, where a paper's headings are; it is then checked
            // again with the rest, so the file is still read only once.
            let first = parts.next()
            var metadata = PlainTextReader.metadata()
            metadata.kind = options.kind ?? DocumentKindGuess.kind(of: first?.read().map { [$0] } ?? [])
            let pieces = AnySequence { [first] in
                var pending = first
                return AnyIterator { () -> TextPiece? in
                    if let piece = pending { pending = nil; return piece }
                    return parts.next()
                }
            }
            let units = options.spoolsUnits.map { UnitSpool(format: $0, bytes: spool) }
            let result = service.check(metadata: metadata, parts: pieces, spoolingUnitsTo: units)
            if let failure = chunks.failure { throw .read(failure) }
            guard parts.isValidUTF8 else {
                throw .read(.notUTF8(path: shown, line: parts.firstInvalidPlace?.line, column: parts.firstInvalidPlace?.column))
            }
            return [FileReport(path: shown, result: result, unitSpool: units)]
        case "html", "htm", "xhtml":
            let document = try readText(url, shown: shown) { HTMLTextReader().read($0, file: shown) }
            return [report(document, path: shown, options: options, service: service, spool: spool)]
        case "docx":
            do {
                return [report(try DocxReader().read(at: url, displayPath: shown), path: shown, options: options, service: service, spool: spool)]
            } catch {
                throw .read(error)
            }
        default:
            throw .read(.unsupported(path: shown))
        }
    }

    /// A Plainly source: its own profile unless overridden, and its reader's diagnostics kept.
    func checkSource(path: String, options: Options, relativeTo workingDirectory: URL?, spool: ByteSpool) throws(CheckError) -> FileReport {
        let loaded: LoadedSource
        do {
            loaded = try SourceLoader(readsPictures: false).load(path: path, relativeTo: workingDirectory)
        } catch {
            throw .source(error)
        }
        let url = SourceLoader.url(for: path, relativeTo: workingDirectory)
        let folder = Self.isFolder(url.path) ? url : url.deletingLastPathComponent()
        let project = try projectSettings(near: folder, relativeTo: workingDirectory)
        let units = options.spoolsUnits.map { UnitSpool(format: $0, bytes: spool) }
        let result = options.service(settings: project?.settings).check(loaded.document, spoolingUnitsTo: units)
        return FileReport(
            path: SourceLoader.trimTrailingSlashes(path), pathPrefix: loaded.displayPrefix, result: result,
            sourceDiagnostics: (loaded.diagnostics + result.diagnostics).sortedByLocation(), unitSpool: units)
    }

    /// The nearest `.plainly.yaml` at or above `folder`, read and checked; nil when there is none.
    /// Its path is shown relative to the working directory when it is inside it.
    func projectSettings(near folder: URL, relativeTo workingDirectory: URL?) throws(CheckError) -> (settings: CheckSettings, profile: Profile?)? {
        do {
            return try ProjectCheckSettings.nearest(to: folder, relativeTo: workingDirectory).map { ($0.settings, $0.profile) }
        } catch {
            throw .settings(error.diagnostics)
        }
    }

    func report(_ document: Document, path: String, options: Options, service: CheckService, spool: ByteSpool) -> FileReport {
        var document = document
        document.metadata.kind = options.kind ?? DocumentKindGuess.kind(of: document.parts)
        let units = options.spoolsUnits.map { UnitSpool(format: $0, bytes: spool) }
        let result = service.check(document, spoolingUnitsTo: units)
        return FileReport(path: path, result: result, unitSpool: units)
    }

    func readText(_ url: URL, shown: String, into read: (String) -> Document) throws(CheckError) -> Document {
        let bytes: [UInt8]
        do {
            bytes = try InputFile(fileSystemPath: url.path, shownAs: shown).readAll()
        } catch {
            throw .read(error)
        }
        if let place = UTF8Check.firstInvalidPlace(bytes) {
            throw .read(.notUTF8(path: shown, line: place.line, column: place.column))
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return read(text)
    }
}
