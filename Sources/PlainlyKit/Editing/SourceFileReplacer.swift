import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Replaces one source file's bytes all at once: the new text goes to a temporary file beside it,
/// is flushed to disk, and is renamed over the old one, so a crash or a full disk leaves either the
/// old file or the new one, never half of each. The file keeps its permissions.
public enum SourceFileReplacer {
    public enum Failure: Error, CustomStringConvertible {
        case cannotWrite(path: String, reason: String)

        public var description: String {
            switch self {
            case .cannotWrite(let path, let reason): "\(path): could not save the change: \(reason)"
            }
        }
    }

    public static func replace(_ file: URL, with data: Data) throws(Failure) {
        let folder = file.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).plainly-\(UUID().uuidString.prefix(8))")
        let mode = (try? FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? NSNumber)?.uint16Value ?? 0o644
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(mode))
        guard descriptor >= 0 else { throw .cannotWrite(path: file.path, reason: String(cString: strerror(errno))) }
        var failure: String?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if failure == nil, rename(temporary.path, file.path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary.path)
            throw .cannotWrite(path: file.path, reason: failure)
        }
    }
}
