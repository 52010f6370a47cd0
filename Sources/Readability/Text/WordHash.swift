/// The 64-bit FNV-1a hash of a word as the word lists spell it: ASCII letters lowercased and the
/// typographic apostrophe (’) read as a straight one. Rules compare every word against their lists,
/// so the tokeniser works this out once per word (`Word.hash`) and the lists are stored by it
/// (`WordSet`), which keeps matching free of strings and allocation. Letters outside ASCII are compared
/// as written.
public enum WordHash {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// One more byte of the normalised spelling.
    @inline(__always)
    static func adding(_ byte: UInt8, to value: UInt64) -> UInt64 {
        (value ^ UInt64(byte)) &* prime
    }

    /// FNV-1a of the bytes exactly as they are, for tables that key words as written.
    @inline(__always)
    static func ofBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value = offsetBasis
        for byte in bytes { value = adding(byte, to: value) }
        return value
    }

    /// The hash of the word written in these bytes.
    @inline(__always)
    package static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value = offsetBasis
        forEachListByte(of: bytes) { value = adding($0, to: value) }
        return value
    }

    /// The word's bytes as the lists spell them, one at a time: ASCII lowercased, ’ as '.
    @inline(__always)
    static func forEachListByte(of bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt8) -> Void) {
        var index = 0
        let end = bytes.count
        while index < end {
            var byte = bytes[index]
            if byte == 0xE2 && index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99 {
                byte = 39
                index += 2
            } else if byte >= 65 && byte <= 90 {
                byte += 32
            }
            body(byte)
            index += 1
        }
    }

    /// The hash of a word or phrase from a list, spelt in any case.
    public static func of(_ word: String) -> UInt64 {
        var bytes = Array(word.utf8)
        return bytes.withUnsafeMutableBufferPointer { of(UnsafeBufferPointer($0)) }
    }
}
