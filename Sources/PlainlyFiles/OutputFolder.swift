import Foundation

/// The folder one build writes into, replaced all at once: a reader, a crash or Ctrl-C sees either
/// every old output or every new one, never a mix.
///
/// The new folder is made whole beside the old one (the outputs this build does not make are carried
/// over as hard links), then the two are exchanged with one rename and the old one removed. Builds
/// into the same place take turns (a lock on the parent folder), and whatever a killed build left
/// behind is cleaned up, or put back, by the next one.
public struct OutputFolder: Sendable {
    public struct File: Sendable {
        /// Relative to the folder, `/`-separated, already checked to stay inside it.
        public var path: String
        public var contents: Data

        public init(path: String, contents: Data) {
            self.path = path
            self.contents = contents
        }
    }

    public let url: URL
    /// The folder as the user wrote it, for messages.
    public let shown: String

    public init(url: URL, shown: String) {
        self.url = url.standardizedFileURL
        self.shown = shown
    }

    private var parent: URL { url.deletingLastPathComponent() }
    private var leftoverPrefix: String { ".\(url.lastPathComponent).plainly-" }

    /// Puts `files` in place. Each top-level name in `replacing` is replaced whole; every other entry
    /// already in the folder stays. `mayHold` says which existing top-level entries Plainly could have
    /// made (name, is a folder): anything else means the folder is someone else's, and it is refused.
    public func publish(
        _ files: [File], replacing: Set<String>, mayHold: (String, Bool) -> Bool, onWait: () -> Void = {}
    ) throws(FileWriteError) {
        try makeFolders(parent, shown: parentPath(of: shown))
        let lock = try DirectoryLock(parent, shown: shown, onWait: onWait)
        defer { withExtendedLifetime(lock) {} }
        recoverLeftovers()
        let exists = try checkExisting(mayHold: mayHold)

        let staging = parent.appendingPathComponent("\(leftoverPrefix)new-\(getpid())")
        InterruptCleanup.shared.register(staging.path)
        defer {
            try? FileManager.default.removeItem(at: staging)
            InterruptCleanup.shared.unregister(staging.path)
        }
        // Each step into the staging folder is held back from Ctrl-C, so the clean-up never races a
        // write that would make the folder again after it has gone.
        let cleanup = InterruptCleanup.shared
        try cleanup.critical { () throws(FileWriteError) in try makeFolders(staging, shown: shown) }
        if exists {
            for name in try entries(of: url) where !replacing.contains(name) {
                try cleanup.critical { () throws(FileWriteError) in
                    try carryOver(url.appendingPathComponent(name), to: staging.appendingPathComponent(name))
                }
            }
        }
        for file in files {
            let target = staging.appendingPathComponent(file.path)
            try cleanup.critical { () throws(FileWriteError) in
                try makeFolders(target.deletingLastPathComponent(), shown: shown)
                try write(file.contents, to: target, shown: "\(shown)/\(file.path)")
            }
        }
        try InterruptCleanup.shared.critical { () throws(FileWriteError) in try swapIn(staging, exists: exists) }
    }

    /// One rename where the file system can exchange two folders; otherwise two, which the next
    /// build repairs if it is cut between them (see `recoverLeftovers`).
    private func swapIn(_ staging: URL, exists: Bool) throws(FileWriteError) {
        guard exists else {
            guard rename(staging.path, url.path) == 0 else { throw FileWriteError(path: shown, errno: errno) }
            return
        }
        let exchanged = FolderSwap.exchange(staging.path, url.path)
        if exchanged == 0 { return }
        guard exchanged == EINVAL || exchanged == ENOSYS else { throw FileWriteError(path: shown, errno: exchanged) }
        let old = parent.appendingPathComponent("\(leftoverPrefix)old-\(getpid())")
        guard rename(url.path, old.path) == 0 else { throw FileWriteError(path: shown, errno: errno) }
        guard rename(staging.path, url.path) == 0 else {
            let code = errno
            rename(old.path, url.path)
            throw FileWriteError(path: shown, errno: code)
        }
        // What is now at `staging`'s place is nothing; the old outputs go with the same clean-up.
        rename(old.path, staging.path)
    }

    /// A killed build can leave a half-made new folder (removed) or, between the two renames of the
    /// fallback swap, the old folder under another name with none in its place (put back).
    private func recoverLeftovers() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for name in names.sorted() where name.hasPrefix(leftoverPrefix) {
            let leftover = parent.appendingPathComponent(name)
            if name.hasPrefix(leftoverPrefix + "old-"), !FileManager.default.fileExists(atPath: url.path),
                rename(leftover.path, url.path) == 0
            {
                continue
            }
            try? FileManager.default.removeItem(at: leftover)
        }
    }

    /// Whether the folder is there already; refuses a file in its place or a folder of other things.
    private func checkExisting(mayHold: (String, Bool) -> Bool) throws(FileWriteError) -> Bool {
        var status = stat()
        guard lstat(url.path, &status) == 0 else {
            if errno == ENOENT { return false }
            throw FileWriteError(path: shown, errno: errno)
        }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            throw FileWriteError(path: shown, reason: "it is a file, not a folder; give --out a folder")
        }
        for name in try entries(of: url) {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path, isDirectory: &isFolder)
            if !mayHold(name, isFolder.boolValue) {
                throw FileWriteError(
                    path: shown,
                    reason: "the folder already holds '\(name)', which Plainly did not make; "
                        + "choose an empty or new folder so nothing of yours is replaced")
            }
        }
        return true
    }

    private func entries(of folder: URL) throws(FileWriteError) -> [String] {
        do { return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() } catch {
            throw FileWriteError(path: shown, reason: "the folder cannot be read")
        }
    }

    /// Hard links, so carrying an output over costs nothing and the old folder can go.
    private func carryOver(_ from: URL, to: URL) throws(FileWriteError) {
        var isFolder: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: from.path, isDirectory: &isFolder)
        if isFolder.boolValue {
            try makeFolders(to, shown: shown)
            for name in try entries(of: from) {
                try carryOver(from.appendingPathComponent(name), to: to.appendingPathComponent(name))
            }
        } else if link(from.path, to.path) != 0 {
            do { try FileManager.default.copyItem(at: from, to: to) } catch {
                throw FileWriteError(path: shown, reason: "'\(from.lastPathComponent)' could not be kept")
            }
        }
    }

    private func write(_ data: Data, to url: URL, shown: String) throws(FileWriteError) {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileWriteError(path: shown, errno: errno) }
        defer { close(descriptor) }
        let failure = writeWhole(data, to: descriptor)
        if let failure { throw FileWriteError(path: shown, errno: failure) }
    }
}
