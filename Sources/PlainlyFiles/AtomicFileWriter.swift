import Foundation

/// One file written whole or not at all, as `AtomicFile` writes it, but handed over a piece at a time:
/// a long report (`check --out`) is written as it is made rather than held whole first. The pieces go
/// to a hidden file beside the destination, which `commit` renames over it; a writer never committed
/// removes its hidden file, so a reader (or a crash) never sees half a report.
public final class AtomicFileWriter {
    private let destination: URL
    private let temporary: URL
    private let shown: String
    private var descriptor: Int32
    /// The first write's failure (an errno); later pieces are dropped, and `commit` reports it.
    private var failure: Int32?
    private var finished = false

    public init(to url: URL, shown: String) throws(FileWriteError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw FileWriteError(path: shown, errno: EISDIR)
        }
        destination = url
        self.shown = shown
        temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).plainly-\(getpid())")
        descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileWriteError(path: shown, errno: errno) }
        InterruptCleanup.shared.register(temporary.path)
    }

    deinit { discard() }

    public func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0) }
    }

    public func write(_ data: Data) {
        data.withUnsafeBytes { write($0) }
    }

    private func write(_ buffer: UnsafeRawBufferPointer) {
        guard failure == nil, !finished, buffer.count > 0 else { return }
        var written = 0
        while written < buffer.count {
            let result = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else {
                failure = result == 0 ? EIO : errno
                return
            }
            written += result
        }
    }

    /// Puts the file in place, or throws why it could not be written (the hidden file is then gone).
    public func commit() throws(FileWriteError) {
        guard !finished else { return }
        finished = true
        defer { InterruptCleanup.shared.unregister(temporary.path) }
        close(descriptor)
        if let failure {
            unlink(temporary.path)
            throw FileWriteError(path: shown, errno: failure)
        }
        let renamed = InterruptCleanup.shared.critical { rename(temporary.path, destination.path) == 0 ? nil : errno }
        if let renamed {
            unlink(temporary.path)
            throw FileWriteError(path: shown, errno: renamed)
        }
    }

    /// Leaves the destination as it was.
    public func discard() {
        guard !finished else { return }
        finished = true
        close(descriptor)
        unlink(temporary.path)
        InterruptCleanup.shared.unregister(temporary.path)
    }
}
