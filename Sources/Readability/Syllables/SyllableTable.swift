import Foundation

/// Syllable counts for every plain word of the CMU Pronouncing Dictionary, as made by
/// `scripts/readability-data` (one `word<TAB>count` a line; the dictionary's licence is beside it).
///
/// The file's bytes are kept as they are and indexed by an open-addressing hash table of offsets, so
/// loading is one pass with no per-word allocation and a lookup never builds a `String`.
public final class SyllableTable: @unchecked Sendable {
    // Written once in init, read-only afterwards (hence @unchecked Sendable); raw buffers so a lookup
    // costs a hash and a compare, with no retain, release or bounds check.
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    /// One entry a word (only the first `count` of the allocated ones are used).
    private let starts: UnsafeMutableBufferPointer<UInt32>
    private let allocatedStarts: UnsafeMutableBufferPointer<UInt32>
    private let lengths: UnsafeMutableBufferPointer<UInt8>
    private let counts: UnsafeMutableBufferPointer<UInt8>
    private let slots: UnsafeMutableBufferPointer<Int32>
    private let mask: Int

    /// The table shipped with Plainly, read straight from the mapped file.
    public static let shipped: SyllableTable = {
        guard let url = Bundle.module.url(forResource: "syllables", withExtension: "txt", subdirectory: "Resources"),
            let data = try? Data(contentsOf: url, options: .alwaysMapped)
        else {
            // The resource is part of the target; without it the build itself is broken.
            fatalError("Readability: syllables.txt is missing from the resource bundle")
        }
        return data.withUnsafeBytes { SyllableTable(tsv: $0.bindMemory(to: UInt8.self)) }
    }()

    public var count: Int { starts.count }

    /// Reads `word<TAB>count` lines; words must be lowercase ASCII letters and apostrophes. The text
    /// is copied once; the index is sized by a first pass, so loading makes no other copies.
    public init(tsv: UnsafeBufferPointer<UInt8>) {
        var lines = 0
        for byte in tsv where byte == 10 { lines += 1 }
        let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(tsv.count, 1))
        _ = bytes.initialize(from: tsv)
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
        self.bytes = bytes
        self.starts = UnsafeMutableBufferPointer(rebasing: starts[0..<entries])
        self.allocatedStarts = starts
        self.lengths = lengths
        self.counts = counts
        self.slots = slots
        self.mask = mask
    }

    deinit {
        bytes.deallocate()
        allocatedStarts.deallocate()
        lengths.deallocate()
        counts.deallocate()
        slots.deallocate()
    }

    /// The count for a lowercase word, or nil when the dictionary lacks it.
    public func syllables(of word: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !word.isEmpty, word.count < 256 else { return nil }
        var slot = Self.hash(word) & mask
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

    public func syllables(of word: String) -> Int? {
        var utf8 = Array(word.utf8)
        return utf8.withUnsafeMutableBufferPointer { syllables(of: UnsafeBufferPointer($0)) }
    }

    public func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool { syllables(of: word) != nil }

    /// FNV-1a: short keys, few collisions, no allocation.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        return Int(truncatingIfNeeded: value ^ (value >> 29))
    }
}
