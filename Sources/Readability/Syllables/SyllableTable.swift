import Foundation
import PlainlyModel

/// Syllable counts for every plain word of the CMU Pronouncing Dictionary, as made by
/// `scripts/readability-data` (one `word<TAB>count` a line; the dictionary's licence is beside it).
///
/// The file's bytes are kept as they are and indexed by an open-addressing hash table of offsets, so
/// loading is one pass with no per-word allocation and a lookup never builds a `String`.
public final class SyllableTable: Sendable {
    /// The table's buffers as plain values, for code that looks words up on several threads at once:
    /// calling the table itself would count references to it on every word, and threads doing that to
    /// one shared object slow each other down. It holds the buffers' owner, so it stays valid as long
    /// as it is kept, whether or not the table is.
    package let lookup: Lookup

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
    public convenience init(tsv: String) {
        var tsv = tsv
        let bytes = tsv.withUTF8 { tsv in
            let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(tsv.count, 1))
            _ = bytes.initialize(from: tsv)
            return UnsafeMutableBufferPointer(rebasing: bytes[0..<tsv.count])
        }
        self.init(owning: bytes)
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
        let storage = Storage(bytes: bytes, starts: starts, lengths: lengths, counts: counts, slots: slots)
        lookup = Lookup(
            storage: storage, bytes: UnsafeBufferPointer(bytes), starts: UnsafeBufferPointer(rebasing: starts[0..<entries]),
            lengths: UnsafeBufferPointer(lengths), counts: UnsafeBufferPointer(counts), slots: UnsafeBufferPointer(slots),
            mask: mask)
    }

    /// The count for a lowercase word, or nil when the dictionary lacks it.
    package func syllables(of word: UnsafeBufferPointer<UInt8>) -> Int? { lookup.syllables(of: word) }

    /// Owns the table's buffers and frees them when the last table or lookup holding it goes.
    // @unchecked: raw buffers are not Sendable, but these are written once, before any lookup exists,
    // and only read afterwards.
    final class Storage: @unchecked Sendable {
        let bytes: UnsafeMutableBufferPointer<UInt8>
        let starts: UnsafeMutableBufferPointer<UInt32>
        let lengths: UnsafeMutableBufferPointer<UInt8>
        let counts: UnsafeMutableBufferPointer<UInt8>
        let slots: UnsafeMutableBufferPointer<Int32>

        init(
            bytes: UnsafeMutableBufferPointer<UInt8>, starts: UnsafeMutableBufferPointer<UInt32>,
            lengths: UnsafeMutableBufferPointer<UInt8>, counts: UnsafeMutableBufferPointer<UInt8>,
            slots: UnsafeMutableBufferPointer<Int32>
        ) {
            self.bytes = bytes
            self.starts = starts
            self.lengths = lengths
            self.counts = counts
            self.slots = slots
        }

        deinit {
            bytes.deallocate()
            starts.deallocate()
            lengths.deallocate()
            counts.deallocate()
            slots.deallocate()
        }
    }

    /// The buffers' addresses, copied out of `storage` so a lookup reads them without going through
    /// an object, and `storage` itself, which keeps them alive as long as this value is.
    // @unchecked: holds raw buffers, read-only and kept alive by `storage` (which is Sendable).
    package struct Lookup: @unchecked Sendable {
        private let storage: Storage
        fileprivate let bytes: UnsafeBufferPointer<UInt8>
        fileprivate let starts: UnsafeBufferPointer<UInt32>
        fileprivate let lengths: UnsafeBufferPointer<UInt8>
        fileprivate let counts: UnsafeBufferPointer<UInt8>
        fileprivate let slots: UnsafeBufferPointer<Int32>
        fileprivate let mask: Int

        fileprivate init(
            storage: Storage, bytes: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<UInt32>,
            lengths: UnsafeBufferPointer<UInt8>, counts: UnsafeBufferPointer<UInt8>, slots: UnsafeBufferPointer<Int32>,
            mask: Int
        ) {
            self.storage = storage
            self.bytes = bytes
            self.starts = starts
            self.lengths = lengths
            self.counts = counts
            self.slots = slots
            self.mask = mask
        }

        /// The count for a lowercase word, or nil when the dictionary lacks it.
        package func syllables(of word: UnsafeBufferPointer<UInt8>) -> Int? {
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

    package func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool { syllables(of: word) != nil }

    public func contains(_ word: String) -> Bool { syllables(of: word) != nil }

    /// FNV-1a: short keys, few collisions, no allocation.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int { fold(WordHash.ofBytes(key)) }

    /// FNV's low bits are weaker than its high ones: fold them together before masking.
    @inline(__always)
    static func fold(_ value: UInt64) -> Int { Int(truncatingIfNeeded: value ^ (value >> 29)) }
}
