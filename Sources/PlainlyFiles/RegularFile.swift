import Foundation

/// A file opened only if it is a regular file: a FIFO, a device or a folder with a file's name would
/// block or never end. Opened without waiting (if it was swapped for a FIFO after a check, opening
/// must not wait for a writer), checked again once open, and read within a budget. Owns its
/// descriptor and closes it when it goes. Shared by the source reader and the checker's readers.
public final class RegularFile {
    public enum Failure: Error, Equatable, Sendable {
        case notFound
        case notARegularFile
        case tooLarge(bytes: Int, limit: Int)
        case unreadable(errno: Int32)

        /// The reason, said as the readers say it.
        public var reason: String {
            switch self {
            case .notFound: FileSystemReason.sentence(errno: ENOENT, .reading)
            case .notARegularFile: "it is not an ordinary file (a folder, a pipe or a device)"
            case .tooLarge(_, let limit): "it is larger than \((limit + (1 << 20) - 1) >> 20) MB"
            case .unreadable(let code): FileSystemReason.sentence(errno: code, .reading)
            }
        }
    }

    /// The size when it was opened.
    public let size: Int
    private let descriptor: Int32

    /// - Parameter followsLinks: false when the path is already real, so a last link is refused.
    public init(path: String, followsLinks: Bool = true, budget: Int) throws(Failure) {
        let flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY | (followsLinks ? 0 : O_NOFOLLOW)
        let descriptor = open(path, flags)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT: throw .notFound
            case ELOOP where !followsLinks: throw .notARegularFile
            case let code: throw .unreadable(errno: code)
            }
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let code = errno
            close(descriptor)
            throw .unreadable(errno: code)
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw .notARegularFile
        }
        self.descriptor = descriptor
        size = Int(status.st_size)
        guard size <= budget else { throw .tooLarge(bytes: size, limit: budget) }
    }

    deinit { close(descriptor) }

    /// Up to `count` bytes from `offset` (fewer only at the end of the file).
    public func read(at offset: Int, count: Int) throws(Failure) -> [UInt8] {
        guard count > 0 else { return [] }
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = bytes.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress! + filled, count - filled, off_t(offset + filled))
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw .unreadable(errno: errno)
            }
            if got == 0 { break }
            filled += got
        }
        if filled < count { bytes.removeLast(count - filled) }
        return bytes
    }

    /// The whole file, refused when it holds more than `budget` bytes: one byte past the size it
    /// had when opened is asked for, so a file that grows while it is read is caught too.
    public func readAll(budget: Int) throws(Failure) -> [UInt8] {
        let bytes = try read(at: 0, count: min(size, budget) + 1)
        guard bytes.count <= budget else { throw .tooLarge(bytes: bytes.count, limit: budget) }
        return bytes
    }
}
