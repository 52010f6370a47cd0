import Foundation

/// An exclusive lock on a folder, held for one build, so two builds into the same output folder take
/// turns instead of interleaving. `flock` on the folder itself: nothing is left behind, and the lock
/// goes with the process if it dies.
final class DirectoryLock {
    private let descriptor: Int32

    /// Waits for the lock; `onWait` is told once if another process holds it.
    init(_ folder: URL, shown: String, onWait: () -> Void) throws(FileWriteError) {
        descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileWriteError(path: shown, errno: errno) }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return }
        onWait()
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let code = errno
                close(descriptor)
                throw FileWriteError(path: shown, errno: code)
            }
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
