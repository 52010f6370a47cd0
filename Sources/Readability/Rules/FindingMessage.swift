/// A finding's message, made from its pieces in one allocation.
///
/// A long paper has tens of thousands of findings, each with a message naming its words or counts.
/// String interpolation grows its string piece by piece, often more than once; here the pieces'
/// lengths are added up first and the bytes copied once.
enum FindingMessage {
    enum Piece {
        case text(StaticString)
        case string(String)
        /// Bytes of the unit's text, as written (valid UTF-8: units are read as UTF-8).
        case bytes(ArraySlice<UInt8>)
        case number(Int)
    }

    static func make(_ pieces: Piece...) -> String {
        var length = 0
        for piece in pieces {
            switch piece {
            case .text(let text): length += text.withUTF8Buffer { $0.count }
            case .string(let string): length += string.utf8.count
            case .bytes(let bytes): length += bytes.count
            case .number(let number): length += digitCount(number)
            }
        }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var written = 0
            func copy(_ source: UnsafeBufferPointer<UInt8>) {
                guard let base = source.baseAddress, !source.isEmpty else { return }
                (buffer.baseAddress! + written).update(from: base, count: source.count)
                written += source.count
            }
            for piece in pieces {
                switch piece {
                case .text(let text): text.withUTF8Buffer { copy($0) }
                case .string(var string): string.withUTF8 { copy($0) }
                case .bytes(let bytes): bytes.withUnsafeBufferPointer { copy($0) }
                case .number(let number): written += writeDecimal(number, into: buffer, at: written)
                }
            }
            return written
        }
    }

    /// Writes a number in decimal, with its minus sign, at `start` (where there must be room for
    /// `digitCount(number)` bytes), and returns how many bytes it wrote.
    static func writeDecimal(_ number: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        let count = digitCount(number)
        var rest = number.magnitude
        if number < 0 { buffer[start] = UInt8(ascii: "-") }
        for place in stride(from: start + count - 1, through: start + (number < 0 ? 1 : 0), by: -1) {
            buffer[place] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        return count
    }

    /// Characters of a number written in decimal, with its minus sign.
    static func digitCount(_ number: Int) -> Int {
        var count = number < 0 ? 2 : 1
        var rest = number.magnitude
        while rest >= 10 {
            rest /= 10
            count += 1
        }
        return count
    }
}
