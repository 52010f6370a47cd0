import Dispatch
import Foundation

/// Makes a long list's report text on every processor: a long paper has tens of thousands of
/// findings, and by the time they are written the rest of the check has finished.
enum ParallelRender {
    /// Fewer items than this are made in one run: starting threads costs more than it saves.
    static let smallestParallel = 512

    /// `body` over `range` cut into as many consecutive runs as there are processors (at most 4),
    /// each run's bytes returned in order. `body` must only read what it shares. Fewer than
    /// `smallest` items are made in one run.
    static func runs(
        over range: Range<Int>, bytesPerItem: Int, smallest: Int = smallestParallel,
        _ body: @Sendable (Range<Int>, inout ReportBytes) -> Void
    ) -> [[UInt8]] {
        let runs = range.count < smallest ? 1 : min(Processors.count, 4)
        let size = (range.count + runs - 1) / runs
        // Each run writes only its own place.
        struct Places: @unchecked Sendable { let buffer: UnsafeMutableBufferPointer<[UInt8]> }
        let results = Places(buffer: .allocate(capacity: runs))
        results.buffer.initialize(repeating: [])
        defer { results.buffer.deinitialize().deallocate() }
        @Sendable func work(_ run: Int) {
            let first = range.lowerBound + run * size
            let last = min(first + size, range.upperBound)
            guard first < last else { return }
            var bytes = ReportBytes(reservingCapacity: (last - first) * bytesPerItem)
            body(first..<last, &bytes)
            results.buffer[run] = bytes.bytes
        }
        if runs == 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: runs) { work($0) }
        }
        return Array(results.buffer)
    }
}

/// Elements lent to `ParallelRender`'s runs straight from an array's storage: reading an element
/// through the array copies it, strings and all. Valid only inside the array's
/// `withUnsafeBufferPointer`.
struct LentElements<Element>: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<Element>
}
