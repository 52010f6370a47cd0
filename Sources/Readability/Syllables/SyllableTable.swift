import Foundation

/// Syllable counts for every plain word of the CMU Pronouncing Dictionary, as made by
/// `scripts/readability-data` (one `word<TAB>count` a line; the dictionary's licence is beside it).
///
/// The file's bytes are kept as they are and indexed by an open-addressing hash table of offsets, so
/// loading is one pass with no per-word allocation and a lookup never builds a `String`.
public final class SyllableTable: @unchecked Sendable {
    // Written once in init, read-only afterwards (hence @unchecked Sendable); raw buffers so a lookup
    // costs a hash and a compare, with no retain, release or bounds check.
    /// The table's buffers as plain values, for code that looks words up on several threads at once:
    /// calling the table itself would count references to it on every word, and threads doing that to
    /// one shared object slow each other down. Valid while the table lives.
    public let lookup: Lookup
    /// All the entries allocated (`lookup` uses the first `count`).
    private let allocatedStarts: UnsafeMutableBufferPointer<UInt32>

    /// The table shipped with Plainly, read from its file straight into the table's own buffer.
    public static let shipped: SyllableTable = {
        guard let url = Bundle.module.url(forResource: "syllables", withExtension: "txt", subdirectory: "Resources"),
            let bytes = readWhole(url.path)
        else {
            // The resource is part of the target; without it the build itself is broken.
            fatalError("Readability: syllables.txt is missing from the resource bundle")
        }
        return SyllableTable(owning: bytes)
    }()

    /// The file's bytes in a buffer of their own, with no copy on the way: loading is part of every
    /// check's start and of its peak memory.
    private static func readWhole(_ path: String) -> UnsafeMutableBufferPointer<UInt8>? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        guard fseek(file, 0, SEEK_END) == 0 else { return nil }
        let size = ftell(file)
        guard size > 0, fseek(file, 0, SEEK_SET) == 0 else { return nil }
        let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: size)
        guard fread(bytes.baseAddress, 1, size, file) == size else {
            bytes.deallocate()
            return nil
        }
        return bytes
    }

    public var count: Int { lookup.starts.count }

    /// Reads `word<TAB>count` lines; words must be lowercase ASCII letters and apostrophes.
    public convenience init(tsv: UnsafeBufferPointer<UInt8>) {
        let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(tsv.count, 1))
        _ = bytes.initialize(from: tsv)
        self.init(owning: UnsafeMutableBufferPointer(rebasing: bytes[0..<tsv.count]))
    }

    /// The same from a buffer the table takes over (and frees); the index is sized by a first pass,
    /// so loading makes no copies.
    private init(owning bytes: UnsafeMutableBufferPointer<UInt8>) {
        var lines = 0
        for byte in bytes where byte == 10 { lines += 1 }
        let starts = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: max(lines, 1))
        let lengths = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(lines, 1))
        let counts = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(lines, 1))
        var entries = 0
        var lineStart = 0
        var tab = -1
        for index in 0..<bytes.count {
            let byte = bytes[index]
            if byte == 9 {
                tab = index
            } else if byte == 10 {
                if tab > lineStart, index > tab + 1, tab - lineStart < 256 {
                    var value = 0
                    for digit in bytes[(tab + 1)..<index] where digit >= 48 && digit <= 57 {
                        value = min(value * 10 + Int(digit - 48), 255)
                    }
                    starts[entries] = UInt32(lineStart)
                    lengths[entries] = UInt8(tab - lineStart)
                    counts[entries] = UInt8(value)
                    entries += 1
                }
                lineStart = index + 1
                tab = -1
            }
        }
        var capacity = 1
        while capacity < entries * 2 { capacity <<= 1 }
        let slots = UnsafeMutableBufferPointer<Int32>.allocate(capacity: capacity)
        slots.initialize(repeating: -1)
        let mask = capacity - 1
        for entry in 0..<entries {
            let start = Int(starts[entry])
            let key = UnsafeBufferPointer(rebasing: bytes[start..<(start + Int(lengths[entry]))])
            var slot = Self.hash(key) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entry)
        }
        lookup = Lookup(
            bytes: bytes, starts: UnsafeMutableBufferPointer(rebasing: starts[0..<entries]), lengths: lengths,
            counts: counts, slots: slots, mask: mask)
        allocatedStarts = starts
    }

    deinit {
        lookup.bytes.deallocate()
        allocatedStarts.deallocate()
        lookup.lengths.deallocate()
        lookup.counts.deallocate()
        lookup.slots.deallocate()
    }

    /// The count for a lowercase word, or nil when the dictionary lacks it.
    public func syllables(of word: UnsafeBufferPointer<UInt8>) -> Int? { lookup.syllables(of: word) }

    public struct Lookup: @unchecked Sendable {
        fileprivate let bytes: UnsafeMutableBufferPointer<UInt8>
        fileprivate let starts: UnsafeMutableBufferPointer<UInt32>
        fileprivate let lengths: UnsafeMutableBufferPointer<UInt8>
        fileprivate let counts: UnsafeMutableBufferPointer<UInt8>
        fileprivate let slots: UnsafeMutableBufferPointer<Int32>
        fileprivate let mask: Int

        /// The count for a lowercase word, or nil when the dictionary lacks it.
        public func syllables(of word: UnsafeBufferPointer<UInt8>) -> Int? {
            guard !word.isEmpty, word.count < 256 else { return nil }
            var slot = SyllableTable.hash(word) & mask
            while true {
                let entry = Int(slots[slot])
                if entry < 0 { return nil }
                if Int(lengths[entry]) == word.count {
                    let start = Int(starts[entry])
                    if memcmp(bytes.baseAddress! + start, word.baseAddress!, word.count) == 0 { return Int(counts[entry]) }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    public func syllables(of word: String) -> Int? {
        var utf8 = Array(word.utf8)
        return utf8.withUnsafeMutableBufferPointer { syllables(of: UnsafeBufferPointer($0)) }
    }

    public func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool { syllables(of: word) != nil }

    /// FNV-1a: short keys, few collisions, no allocation.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        let value = WordHash.ofBytes(key)
        return Int(truncatingIfNeeded: value ^ (value >> 29))
    }
}
