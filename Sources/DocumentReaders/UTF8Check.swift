/// Whether bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past
/// U+10FFFF), checked without making a string.
public enum UTF8Check {
    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isValid($0) }
    }

    package static func isValid(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool { firstInvalidOffset(buffer) == nil }

    /// Where the first byte that does not begin a well-formed character is, or nil when all are.
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidOffset($0) }
    }

    /// Line and column (counted in characters, from 1) of the first bad byte, or nil when all are good.
    public static func firstInvalidPlace(_ bytes: [UInt8], firstLine: Int = 1) -> (line: Int, column: Int)? {
        guard let offset = firstInvalidOffset(bytes) else { return nil }
        return place(of: offset, in: bytes, firstLine: firstLine)
    }

    /// Line and column (counted in characters, from 1) of a byte offset.
    static func place(of offset: Int, in bytes: [UInt8], firstLine: Int = 1) -> (line: Int, column: Int) {
        var line = firstLine
        var column = 1
        for byte in bytes[..<offset] {
            if byte == 10 {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    package static func firstInvalidOffset(_ buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = buffer.count
        let raw = UnsafeRawBufferPointer(buffer)
        while index < count {
            // Eight ASCII bytes at a time: most text is ASCII, and a byte is ASCII when its top bit is clear.
            if index + 8 <= count && raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let lead = buffer[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = buffer[index + 1]
            guard second >= low && second <= high else { return index }
            for offset in 2..<max(length, 2) where buffer[index + offset] & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }
}
