import Foundation

/// Makes a long report's text on every processor, a window at a time, while the calling thread writes
/// the windows already made: a long paper has tens of thousands of findings and, with `--tokens`, a
/// million words, and by the time they are written the rest of the check has finished.
///
/// Threads of its own take the next window as soon as they are free, each into a buffer of its window's
/// slot; the calling thread hands each window's bytes to `write` in order and gives the buffer back.
/// Rendering never waits for a write, nor a write for a whole round of windows, and the buffers are
/// used again, not made anew for each window (a new buffer's pages are each a page fault).
enum ParallelRender {
    /// Windows made ahead of the one being written, per thread: enough that a thread seldom waits for
    /// the writer, few enough that the windows in memory stay small (a window is about 100 to 400 KB).
    static let windowsAheadPerThread = 2

    /// Calls `render(window, &out)` for each window in `0..<count` (on threads of its own when there is
    /// more than one window and more than one processor), and `write` with each window's bytes, in
    /// order, on the calling thread. `render` must only read what it shares, and be done with it by
    /// the time this returns; `write` must not keep the bytes it is given.
    static func windows(
        _ count: Int, bytesPerWindow: Int, render: @escaping @Sendable (Int, inout ReportBytes) -> Void,
        write: ([UInt8]) -> Void
    ) {
        let threads = min(Processors.count, 4, count)
        guard threads > 1 else {
            var out = ReportBytes(reservingCapacity: bytesPerWindow)
            for window in 0..<count {
                render(window, &out)
                write(out.bytes)
                out.bytes.removeAll(keepingCapacity: true)
            }
            return
        }
        let slots = Slots(count: count, depth: threads * windowsAheadPerThread, threads: threads)
        for _ in 0..<threads {
            let thread = Thread { slots.renderWindows(bytesPerWindow: bytesPerWindow, render) }
            thread.start()
        }
        slots.writeWindows(write)
    }

    /// Every finding made into text by `render(index, findings, &paths, &out)`, `window` findings to a
    /// window (with room for `bytesPerFinding` each), the windows made on every processor and handed
    /// to `write` in order. The findings are lent straight from the array's storage.
    static func findings(
        _ findings: [Finding], window: Int, bytesPerFinding: Int, pathPrefix: String,
        render: @escaping @Sendable (Int, UnsafeBufferPointer<Finding>, inout JSONReport.PathCache, inout ReportBytes) -> Void,
        write: ([UInt8]) -> Void
    ) {
        findings.withUnsafeBufferPointer { buffer in
            let lent = LentElements(buffer: buffer)
            Self.windows((buffer.count + window - 1) / window, bytesPerWindow: window * bytesPerFinding) { number, out in
                var paths = JSONReport.PathCache(prefix: pathPrefix)
                for index in (number * window)..<min((number + 1) * window, lent.buffer.count) {
                    render(index, lent.buffer, &paths, &out)
                }
            } write: { write($0) }
        }
    }

    /// The windows in memory, a slot each (window `n` in slot `n % depth`), shared under one lock by the
    /// rendering threads and the writer.
    private final class Slots: @unchecked Sendable {
        private let condition = NSCondition()
        private let count: Int
        private let depth: Int
        private let threads: Int
        private var buffers: [[UInt8]]
        private var ready: [Bool]
        /// The next window a rendering thread takes.
        private var next = 0
        /// Windows written so far: window `n` may be made once window `n - depth` is written.
        private var written = 0
        private var finishedThreads = 0

        init(count: Int, depth: Int, threads: Int) {
            self.count = count
            self.depth = depth
            self.threads = threads
            buffers = Array(repeating: [], count: depth)
            ready = Array(repeating: false, count: depth)
        }

        /// Run on each rendering thread until every window is taken.
        func renderWindows(bytesPerWindow: Int, _ render: (Int, inout ReportBytes) -> Void) {
            condition.lock()
            while true {
                while next < count && next - written >= depth { condition.wait() }
                guard next < count else { break }
                let window = next
                next += 1
                var out = ReportBytes()
                swap(&out.bytes, &buffers[window % depth])
                condition.unlock()
                if out.bytes.capacity < bytesPerWindow { out.bytes.reserveCapacity(bytesPerWindow) }
                render(window, &out)
                condition.lock()
                swap(&out.bytes, &buffers[window % depth])
                ready[window % depth] = true
                condition.broadcast()
            }
            finishedThreads += 1
            condition.broadcast()
            condition.unlock()
        }

        /// Run on the calling thread: writes every window in order, then waits for the threads to end.
        func writeWindows(_ write: ([UInt8]) -> Void) {
            for window in 0..<count {
                let slot = window % depth
                var bytes: [UInt8] = []
                condition.lock()
                while !ready[slot] { condition.wait() }
                swap(&bytes, &buffers[slot])
                ready[slot] = false
                condition.unlock()
                write(bytes)
                bytes.removeAll(keepingCapacity: true)
                condition.lock()
                swap(&bytes, &buffers[slot])
                written = window + 1
                condition.broadcast()
                condition.unlock()
            }
            condition.lock()
            while finishedThreads < threads { condition.wait() }
            condition.unlock()
        }
    }
}

/// Elements lent to `ParallelRender`'s threads straight from an array's storage: reading an element
/// through the array copies it, strings and all. Valid only inside the array's
/// `withUnsafeBufferPointer`.
struct LentElements<Element>: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<Element>
}
