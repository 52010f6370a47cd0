import Dispatch

/// Pure work over many independent items (each page's content stream) shared between the
/// machine's cores, with the results in the items' order, so the output is the same bytes however
/// the work was split.
enum ParallelMap {
    /// Items are handed out in chunks of this many, so a thread takes several small pages at once.
    static let chunk = 8

    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        guard items.count > 1 else { return items.map(transform) }
        let slots = Slots<Result>(count: items.count)
        let chunks = (items.count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { index in
            let start = index * chunk
            for position in start..<min(start + chunk, items.count) {
                slots.put(transform(items[position]), at: position)
            }
        }
        return slots.results()
    }

    /// One slot per item. Each slot is written by exactly one iteration and read only after
    /// `concurrentPerform` has returned, which is why no lock is needed.
    private final class Slots<Result>: @unchecked Sendable {
        private let storage: UnsafeMutableBufferPointer<Result?>

        init(count: Int) {
            storage = .allocate(capacity: count)
            storage.initialize(repeating: nil)
        }

        deinit {
            storage.deinitialize()
            storage.deallocate()
        }

        func put(_ result: Result, at position: Int) { storage[position] = result }

        func results() -> [Result] { storage.map { $0! } }
    }
}
