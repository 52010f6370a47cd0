import Dispatch
import Foundation

/// Removes half-made outputs when the user presses Ctrl-C (or the process is told to stop), so an
/// interrupted build leaves the output folder exactly as it was and no staging folder behind.
///
/// Paths are registered while they are being written. The last step of publishing (a rename) runs in
/// `critical`, which the signal handler waits for: an interruption lands either before the swap (the
/// old outputs stay) or after it (the new ones are whole), never in between.
public final class InterruptCleanup: @unchecked Sendable {
    public static let shared = InterruptCleanup()

    private struct State {
        var paths: Set<String> = []
        var sources: [any DispatchSourceSignal] = []
    }

    // One lock for the paths and the critical section: the handler must wait for both.
    private let lock = NSLock()
    private var state = State()

    private init() {}

    public func register(_ path: String) {
        lock.withLock {
            state.paths.insert(path)
            if state.sources.isEmpty { state.sources = Self.install { [self] signal in interrupted(by: signal) } }
        }
    }

    public func unregister(_ path: String) {
        _ = lock.withLock { state.paths.remove(path) }
    }

    /// Runs `body` with interruptions held back until it returns.
    public func critical<T, Failure: Error>(_ body: () throws(Failure) -> T) throws(Failure) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    private func interrupted(by signal: Int32) {
        lock.lock()  // held until the process ends: nothing may start a swap now
        for path in state.paths { Self.remove(path) }
        // The shell's convention for a process ended by a signal.
        _exit(128 + signal)
    }

    /// The build goes on writing while the handler runs, so a folder being removed can gain a file
    /// and refuse to go. Moving it aside first stops new files arriving by path; a few tries cover a
    /// file that was being created at the moment of the move.
    private static func remove(_ path: String) {
        let doomed = path + "-gone"
        let target = rename(path, doomed) == 0 ? doomed : path
        for _ in 0..<20 {
            do {
                try FileManager.default.removeItem(atPath: target)
                return
            } catch {
                if !FileManager.default.fileExists(atPath: target) { return }
                usleep(5_000)
            }
        }
    }

    private static func install(_ handler: @escaping @Sendable (Int32) -> Void) -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM, SIGHUP].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { handler(number) }
            source.resume()
            return source
        }
    }
}
