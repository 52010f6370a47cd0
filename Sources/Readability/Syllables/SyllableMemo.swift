import Synchronization

/// Syllable counts of words as written, remembered for every counter in the process.
///
/// Running text repeats a few thousand words, and a long text's workers each have a counter of their
/// own (see `AnalysisPipeline`): with a memo per counter, every worker worked out each unusual word
/// again. Here a word worked out by one worker is known to all.
///
/// A direct-mapped cache: each place holds one word's hash (`WordHash.ofBytes` of the bytes as
/// written, so "bmp" and "BMP" are apart) in its top 56 bits and its count in the low 8; 0 is an
/// empty place. A place is one atomic 64-bit word, so a reader sees a whole entry or an older one,
/// never half of each; a lost or overwritten entry only means the word is worked out again, which
/// gives the same count. Counts are a function of the bytes alone, so the order in which workers
/// fill the memo never changes a result.
// @unchecked: `places` is a raw pointer, but every access to what it points at is atomic.
final class SyllableMemo: @unchecked Sendable {
    static let shared = SyllableMemo(placeCount: 1 << 16)

    private let places: UnsafeMutablePointer<Atomic<UInt64>>
    private let mask: Int

    /// `placeCount` must be a power of two. 65,536 places take 512 KB and hold most of the
    /// vocabulary of a long text.
    init(placeCount: Int) {
        precondition(placeCount > 0 && placeCount & (placeCount - 1) == 0, "placeCount must be a power of two")
        places = .allocate(capacity: placeCount)
        for index in 0..<placeCount { (places + index).initialize(to: Atomic(0)) }
        mask = placeCount - 1
    }

    deinit {
        places.deinitialize(count: mask + 1)
        places.deallocate()
    }

    @inline(__always)
    private func place(of hash: UInt64) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask }

    /// The remembered count for a word with this hash, or nil.
    @inline(__always)
    func count(forHash hash: UInt64) -> Int? {
        let held = places[place(of: hash)].load(ordering: .relaxed)
        return held != 0 && held & ~0xFF == hash & ~0xFF ? Int(held & 0xFF) : nil
    }

    /// Remembers a count; one that does not fit in a byte, or a hash that would read as empty, is not kept.
    @inline(__always)
    func remember(_ count: Int, forHash hash: UInt64) {
        let key = hash & ~0xFF
        guard count >= 0 && count <= 0xFF && key != 0 else { return }
        places[place(of: hash)].store(key | UInt64(count), ordering: .relaxed)
    }
}
