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

    /// The same from a buffer the table takes over (and frees). Loading is part of every check's start,
    /// so it reads the bytes twice and no more: once to count the lines (which sizes the index), once
    /// to parse each line, hashing its word on the way and filing it in the index at once.
    private init(owning bytes: UnsafeMutableBufferPointer<UInt8>) {
        let lines = Newlines.count(in: UnsafeBufferPointer(bytes)) + 1  // the last line may lack its newline
        let starts = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: lines)
        let lengths = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: lines)
        let counts = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: lines)
        var capacity = 1
        while capacity < lines * 2 { capacity <<= 1 }
        let slots = UnsafeMutableBufferPointer<Int32>.allocate(capacity: capacity)
        slots.initialize(repeating: -1)
        let mask = capacity - 1
        let base = bytes.baseAddress!
        let end = base + bytes.count
        var entries = 0
        var cursor = base
        while cursor < end {
            let lineStart = cursor
            var hash = WordHash.offsetBasis
            while cursor < end && cursor.pointee != 9 && cursor.pointee != 10 {
                hash = WordHash.adding(cursor.pointee, to: hash)
                cursor += 1
            }
            let tab = cursor
            var value = 0
            if cursor < end && cursor.pointee == 9 {
                cursor += 1
                while cursor < end && cursor.pointee != 10 {
                    let digit = cursor.pointee
                    if digit >= 48 && digit <= 57 { value = min(value * 10 + Int(digit - 48), 255) }
                    cursor += 1
                }
            }
            let lineEnd = cursor
            cursor += 1
            // A line without a tab, an empty word or count, or a word too long for its length byte is skipped.
            guard tab < lineEnd, tab > lineStart, lineEnd > tab + 1, tab - lineStart < 256 else { continue }
            starts[entries] = UInt32(lineStart - base)
            lengths[entries] = UInt8(tab - lineStart)
            counts[entries] = UInt8(value)
            var slot = Self.fold(hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entries)
            entries += 1
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
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int { fold(WordHash.ofBytes(key)) }

    /// FNV's low bits are weaker than its high ones: fold them together before masking.
    @inline(__always)
    static func fold(_ value: UInt64) -> Int { Int(truncatingIfNeeded: value ^ (value >> 29)) }
}
