#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file opened for reading by `plainly check`: only a regular file (a FIFO, a device or a folder
/// named `notes.txt` would block or never end), opened without waiting, and read within a budget.
/// Owns its descriptor and closes it when it goes.
public final class InputFile {
    /// As the user named it, for messages.
    public let path: String
    /// The size when it was opened.
    public let size: Int
    private let descriptor: Int32

    /// Opens `fileSystemPath`, which must be a regular file (after symbolic links) of at most
    /// `budget` bytes.
    public init(fileSystemPath: String, shownAs path: String, budget: Int = InputLimits.maximumInputBytes) throws(ReadError) {
        self.path = path
        var status = stat()
        guard stat(fileSystemPath, &status) == 0 else { throw Self.failure(path, errno) }
        guard Self.isRegular(status) else { throw .notAFile(path: path) }
        // O_NONBLOCK: if the file was swapped for a FIFO since `stat`, opening must not wait for a writer.
        let descriptor = open(fileSystemPath, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.failure(path, errno) }
        guard fstat(descriptor, &status) == 0, Self.isRegular(status) else {
            close(descriptor)
            throw .notAFile(path: path)
        }
        self.descriptor = descriptor
        size = Int(status.st_size)
        guard size <= budget else { throw .tooLarge(path: path, limit: budget) }
    }

    deinit { close(descriptor) }

    private static func isRegular(_ status: stat) -> Bool { status.st_mode & S_IFMT == S_IFREG }

    static func failure(_ path: String, _ code: Int32) -> ReadError {
        .cannotRead(path: path, reason: ReadError.sentence(forErrno: code))
    }

    /// Up to `count` bytes from `offset` (fewer only at the end of the file).
    public func read(at offset: Int, count: Int) throws(ReadError) -> [UInt8] {
        guard count > 0 else { return [] }
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = bytes.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress! + filled, count - filled, off_t(offset + filled))
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw Self.failure(path, errno)
            }
            if got == 0 { break }
            filled += got
        }
        if filled < count { bytes.removeLast(count - filled) }
        return bytes
    }

    /// The whole file, refused when it holds more than `budget` bytes (it may have grown since it was opened).
    public func readAll(budget: Int = InputLimits.maximumInputBytes) throws(ReadError) -> [UInt8] {
        let bytes = try read(at: 0, count: min(size, budget) + 1)
        guard bytes.count <= budget else { throw .tooLarge(path: path, limit: budget) }
        return bytes
    }

    /// The file in chunks of `chunkSize` bytes, at most `budget` in all: past that the chunks stop and
    /// `failure` says why, as it does for a read that fails.
    public final class Chunks: IteratorProtocol {
        let file: InputFile
        let chunkSize: Int
        let budget: Int
        private var offset = 0
        public private(set) var failure: ReadError?

        public init(_ file: InputFile, chunkSize: Int = 1 << 15, budget: Int = InputLimits.maximumInputBytes) {
            self.file = file
            self.chunkSize = chunkSize
            self.budget = budget
        }

        public func next() -> [UInt8]? {
            guard failure == nil else { return nil }
            do {
                let chunk = try file.read(at: offset, count: chunkSize)
                guard !chunk.isEmpty else { return nil }
                offset += chunk.count
                if offset > budget {
                    failure = .tooLarge(path: file.path, limit: budget)
                    return nil
                }
                return chunk
            } catch {
                failure = error
                return nil
            }
        }
    }
}
