import Foundation

/// Bytes a report makes while the text is being checked but may write only later, after what needs the
/// whole text (the scores at the top of the HTML page, the counts before a JSON file's sentences).
///
/// The first `memoryLimit` bytes stay in memory, so a short text never touches the disk; past that,
/// they go to a temporary file that is unlinked as soon as it is made, so nothing is left behind when
/// the spool or the process goes. When no temporary file can be made or written (a full or read-only
/// disk, a `TMPDIR` that does not exist) the bytes stay in memory: the report is still right, it only
/// takes more memory, as every report did before reports were streamed.
///
/// Appended to by one thread at a time (the checker's in-order thread); once the check is done, read by
/// the report, on several threads at once.
public final class ByteSpool: @unchecked Sendable {
    /// 1 MB: a short paper's whole report fits, so it is never written to disk, and it is small
    /// beside the 64 MB a 5 MB text's check may take.
    public static let memoryLimit = 1 << 20
    /// Once in a file, bytes are written in runs of 64 KB: few system calls, little memory.
    static let fileRun = 1 << 16

    /// Where the temporary file goes.
    private let folder: String
    /// Bytes kept in memory before a file is used (`memoryLimit`, smaller in tests).
    private let limit: Int
    /// Bytes not yet in the file (all of them while there is no file).
    private var pending: [UInt8] = []
    /// Bytes in the file, which come before `pending`.
    private var inFile = 0
    private var descriptor: Int32 = -1
    /// True once a file could not be made or written: from then on everything stays in memory.
    private var fileFailed = false

    /// `folder` is where a temporary file may go; by default the system's (`TMPDIR`).
    public init(folder: String = NSTemporaryDirectory(), memoryLimit: Int = ByteSpool.memoryLimit) {
        self.folder = folder
        limit = memoryLimit
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Every byte appended so far.
    public var count: Int { inFile + pending.count }

    /// True once bytes have gone to a temporary file.
    public var usesFile: Bool { inFile > 0 }

    /// Bytes held in memory now: at most about `memoryLimit` while a file can be used.
    public var bytesInMemory: Int { pending.count }

    public func append(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        pending += bytes
        spillIfFull()
    }

    private func spillIfFull() {
        guard !fileFailed else { return }
        if descriptor < 0 {
            guard pending.count >= limit else { return }
            guard openFile() else {
                fileFailed = true
                return
            }
        } else if pending.count < Self.fileRun {
            return
        }
        let written = pending.withUnsafeBytes { buffer in writeFully(buffer) }
        inFile += written
        if written < pending.count {
            // The disk is full: what was written stays in the file, the rest in memory.
            fileFailed = true
            pending.removeFirst(written)
        } else {
            pending.removeAll(keepingCapacity: pending.capacity <= Self.fileRun * 2)
        }
    }

    private func openFile() -> Bool {
        var template = Array((folder.hasSuffix("/") ? folder : folder + "/").utf8CString.dropLast()) + Array("plainly-report-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard made >= 0 else { return false }
        // Unlinked at once: the file lives only as long as it is open.
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        descriptor = made
        return true
    }

    /// Writes as much of `buffer` as the file takes and returns how much that was.
    private func writeFully(_ buffer: UnsafeRawBufferPointer) -> Int {
        var written = 0
        while written < buffer.count {
            let result = pwrite(descriptor, buffer.baseAddress! + written, buffer.count - written, off_t(inFile + written))
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else { break }
            written += result
        }
        return written
    }

    /// Why the temporary file could not be read back (an `errno`), once it could not: the report
    /// made from it is then incomplete, and whoever writes it must say so rather than keep it.
    public var readFailure: Int32? { failureLock.withLock { firstReadFailure } }
    private var firstReadFailure: Int32?
    /// Reports read on several threads at once, and any of them may be the first to fail.
    private let failureLock = NSLock()

    private func failRead(_ error: Int32) {
        failureLock.withLock { firstReadFailure = firstReadFailure ?? error }
    }

    /// Hands `range` of the bytes appended so far to `body` in runs of at most `fileRun` bytes, in
    /// order. If the temporary file cannot be read back, stops there and sets `readFailure`.
    public func read(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "ByteSpool: reading past what was written")
        guard readFailure == nil else { return }
        var offset = range.lowerBound
        if offset < inFile {
            var run = [UInt8](repeating: 0, count: min(Self.fileRun, min(range.upperBound, inFile) - offset))
            var failed = false
            while offset < min(range.upperBound, inFile) {
                let want = min(run.count, min(range.upperBound, inFile) - offset)
                let got = run.withUnsafeMutableBytes { buffer in
                    var got = 0
                    while got < want {
                        let result = pread(descriptor, buffer.baseAddress! + got, want - got, off_t(offset + got))
                        if result < 0 && errno == EINTR { continue }
                        guard result > 0 else {
                            failRead(result == 0 ? EIO : errno)
                            failed = true
                            break
                        }
                        got += result
                    }
                    return got
                }
                guard !failed else { return }
                run.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<got])) }
                offset += got
            }
        }
        guard offset < range.upperBound else { return }
        pending.withUnsafeBufferPointer { buffer in
            var start = offset - inFile
            let end = range.upperBound - inFile
            while start < end {
                let stop = min(start + Self.fileRun, end)
                body(UnsafeBufferPointer(rebasing: buffer[start..<stop]))
                start = stop
            }
        }
    }
}

