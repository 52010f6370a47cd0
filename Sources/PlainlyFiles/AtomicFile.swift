import Foundation

/// One file written whole or not at all: the bytes go to a hidden file beside the destination, which
/// is then renamed over it, so a reader (or a crash) never sees half a report.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL, shown: String) throws(FileWriteError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw FileWriteError(path: shown, errno: EISDIR)
        }
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).plainly-\(getpid())")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileWriteError(path: shown, errno: errno) }
        InterruptCleanup.shared.register(temporary.path)
        defer { InterruptCleanup.shared.unregister(temporary.path) }
        let failure = writeWhole(data, to: descriptor)
        close(descriptor)
        if let failure {
            unlink(temporary.path)
            throw FileWriteError(path: shown, errno: failure)
        }
        let renamed = InterruptCleanup.shared.critical { rename(temporary.path, url.path) == 0 ? nil : errno }
        if let renamed {
            unlink(temporary.path)
            throw FileWriteError(path: shown, errno: renamed)
        }
    }
}
