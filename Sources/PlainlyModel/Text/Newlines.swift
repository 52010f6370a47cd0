/// Counting newlines, which a long text's reader (`StreamedTextParts`, in DocumentReaders) and the
/// syllable table's loader (in Readability) both do over megabytes of bytes. Here, below both, so
/// neither imports the other; `package`, because it works on a raw buffer the caller must keep alive.
package enum Newlines {
    /// Newlines in `bytes`, eight bytes at a time: a byte of a word is zero where the text has a
    /// newline after XOR with a word of newlines, and such zero bytes are counted with bit tricks.
    package static func count(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let raw = UnsafeRawBufferPointer(bytes)
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let newlines = ones &* 10
        var count = 0
        var offset = 0
        while offset + 8 <= raw.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ^ newlines
            // The high bit of each byte that is zero, exactly (no borrow from a neighbouring byte).
            let zeroes = ~(((word & ~highs) &+ ~highs) | word) & highs
            count += zeroes.nonzeroBitCount
            offset += 8
        }
        while offset < raw.count {
            if raw[offset] == 10 { count += 1 }
            offset += 1
        }
        return count
    }
}
