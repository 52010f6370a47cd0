import Foundation
import HTMLWriter
import PlainlyCheck
import PlainlyKit
import PlainlyModel
import PlainlySource
import Readability

/// The preview's state: builds the easy-read page from the source in memory, keeps the latest
/// snapshot, and tells every connected page when there is a new one.
actor PreviewSite {
    let sourcePath: String
    /// The web page's plan; the profile follows the source as it is edited.
    let plan: BuildPlan
    private(set) var snapshot = PreviewSnapshot(generation: 0, files: [:], watchedFiles: [])
    /// The source as last built without errors: what the checker's view is made from, on request.
    private var lastGood: LoadedSource?
    /// The checker's view, kept for the generation it was made for.
    private var checkPageCache: (generation: Int, page: Data)?
    private var subscribers: [UUID: AsyncStream<Int>.Continuation] = [:]
    private var closed = false
    /// Known only to the pages this server made: every request that changes a file must carry it.
    let token = SessionToken.make()
    /// The group screen's changes, newest last, each with the bytes it replaced.
    var edits: [SourceEditRecord] = []
    /// Said once at the top of the group screen after an action.
    var groupNotice: String?

    init(sourcePath: String, plan: BuildPlan) {
        self.sourcePath = sourcePath
        self.plan = plan
    }

    /// Builds again from the files on disk. A bad edit shows its errors on the page; nothing throws.
    func rebuild() {
        let generation = snapshot.generation + 1
        var watched = snapshot.watchedFiles
        var good: LoadedSource?
        let files: [String: Data]
        do {
            let loaded = try SourceLoader().load(path: sourcePath)
            watched = Self.filesToWatch(loaded)
            let messages = loaded.formatted(loaded.diagnostics)
            if loaded.diagnostics.hasErrors {
                let errors = loaded.formatted(loaded.diagnostics.filter { $0.severity == .error })
                files = ["index.html": Data(PreviewChrome.errorPage(title: loaded.document.metadata.title, messages: errors, generation: generation).utf8)]
            } else {
                // The page forbids scripts except one carrying this nonce: the reload script.
                var pagePlan = plan
                let nonce = UUID().uuidString.replacingOccurrences(of: "-", with: "")
                pagePlan.htmlScriptNonce = nonce
                let output = try Builder().render(loaded, as: HTMLWriter.formatName, plan: pagePlan)
                var rendered: [String: Data] = [:]
                for file in output.files { rendered[file.path] = file.contents }
                let page = String(decoding: rendered["index.html"] ?? Data(), as: UTF8.self)
                let warnings = messages + loaded.formatted(output.diagnostics)
                rendered["index.html"] = Data(PreviewChrome.wrap(page: page, generation: generation, warnings: warnings, nonce: nonce).utf8)
                files = rendered
                good = loaded
            }
        } catch {
            files = ["index.html": Data(PreviewChrome.errorPage(title: sourcePath, messages: ["\(error)"], generation: generation).utf8)]
        }
        snapshot = PreviewSnapshot(generation: generation, files: files, watchedFiles: watched)
        lastGood = good
        for continuation in subscribers.values { continuation.yield(generation) }
    }

    /// The source as last built without errors, for the group screen.
    var lastGoodSource: LoadedSource? { lastGood }

    /// The checker's view of the current version, made only when someone asks for it, so a save is
    /// not slowed by a report nobody is looking at. While the source has errors, the error page is
    /// what there is to see.
    func checkPage() -> Data {
        guard let lastGood else { return snapshot.file(at: "/") ?? Data() }
        if let cached = checkPageCache, cached.generation == snapshot.generation { return cached.page }
        let page: Data
        switch Self.checkPage(for: lastGood) {
        case .success(let report):
            page = Data(PreviewChrome.wrap(page: report, generation: snapshot.generation, warnings: [], view: .check).utf8)
        case .failure(let problems):
            // As `plainly check` refuses settings it cannot use, so does this view, saying where.
            page = Data(PreviewChrome.errorPage(
                title: lastGood.document.metadata.title, messages: problems.diagnostics.map { $0.formatted() },
                generation: snapshot.generation).utf8)
        }
        checkPageCache = (snapshot.generation, page)
        return page
    }

    /// The checker's report on the same source, hard and very hard sentences highlighted, checked with
    /// the project's `.plainly.yaml` as `plainly check` checks it; or the problems that keep that
    /// settings file from being used.
    static func checkPage(for loaded: LoadedSource) -> Result<String, ProjectSettings.Problems> {
        let project: ProjectCheckSettings?
        do {
            project = try ProjectCheckSettings.nearest(to: loaded.baseDirectory)
        } catch {
            return .failure(error)
        }
        let result = CheckService(keepsUnits: true, settings: project?.settings ?? CheckSettings()).check(loaded.document)
        let report = CheckReport(files: [
            FileReport(path: loaded.name, pathPrefix: loaded.displayPrefix, result: result, sourceDiagnostics: []),
        ])
        return .success(HTMLReport().render(report))
    }

    /// Generations from now on; the first value is the current one, so a page that is already
    /// out of date hears about it at once.
    func subscribe() -> (id: UUID, generations: AsyncStream<Int>) {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Int>.makeStream(bufferingPolicy: .bufferingNewest(1))
        guard !closed else {
            continuation.finish()
            return (id, stream)
        }
        subscribers[id] = continuation
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        continuation.yield(snapshot.generation)
        return (id, stream)
    }

    /// Ends one page's event stream (the server is stopping).
    func unsubscribe(_ id: UUID) {
        subscribers.removeValue(forKey: id)?.finish()
    }

    /// Ends every open event stream, so the server can stop without waiting on them.
    func close() {
        closed = true
        for continuation in subscribers.values { continuation.finish() }
        subscribers.removeAll()
    }


    /// The source files the reader read, and every picture they name.
    static func filesToWatch(_ loaded: LoadedSource) -> [URL] {
        var collector = PicturePathCollector()
        collector.visitDocument(loaded.document)
        let paths = loaded.reading.files + collector.paths
        return paths.map { path in
            path.hasPrefix("/") ? URL(fileURLWithPath: path) : loaded.baseDirectory.appendingPathComponent(path)
        } + settingsFilesToWatch(from: loaded.baseDirectory)
    }

    /// Where a `.plainly.yaml` is or could appear and count: in the source's folder and each folder
    /// above, up to the nearest one that exists. Saving, adding or removing one checks again.
    static func settingsFilesToWatch(from folder: URL) -> [URL] {
        var files: [URL] = []
        var current = folder.standardizedFileURL
        while true {
            let candidate = current.appendingPathComponent(ProjectSettingsReader.fileName)
            files.append(candidate)
            let parent = current.deletingLastPathComponent()
            if FileManager.default.fileExists(atPath: candidate.path) || parent.path == current.path || current.path == "/" { return files }
            current = parent
        }
    }
}

private struct PicturePathCollector: ContentWalker {
    var paths: [String] = []

    mutating func visitPicture(_ picture: Picture) {
        if let path = picture.filePath { paths.append(path) }
    }
}
