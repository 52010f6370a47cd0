/// Reads PDF syntax (ISO 32000-1, 7.2–7.3) from a byte buffer: the values of one object, the
/// keywords around them, and numbers. It reads what Cairo writes and what `PDFFile` writes back;
/// anything it does not understand is an error, never a guess.
struct PDFSyntax {
    struct Failure: Error {
        var reason: String
        var offset: Int
    }

    /// Direct values nest no deeper than this in anything Cairo or the post-pass writes; deeper
    /// nesting is an error rather than a recursion without end in a damaged file.
    static let deepestNesting = 64

    let bytes: [UInt8]
    var index: Int

    init(_ bytes: [UInt8], at index: Int) {
        self.bytes = bytes
        self.index = index
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }

    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x28, 0x29, 0x3C, 0x3E, 0x5B, 0x5D, 0x7B, 0x7D, 0x2F, 0x25: true
        default: false
        }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    func failure(_ reason: String) -> Failure { Failure(reason: reason, offset: index) }

    /// Skips white space and comments.
    mutating func skipSpace() {
        while index < bytes.count {
            let byte = bytes[index]
            if Self.isWhitespace(byte) {
                index += 1
            } else if byte == 0x25 {
                while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
            } else {
                return
            }
        }
    }

    /// The regular characters from here: a keyword, or a number's text.
    mutating func word() -> ArraySlice<UInt8> {
        skipSpace()
        let start = index
        while index < bytes.count, !Self.isWhitespace(bytes[index]), !Self.isDelimiter(bytes[index]) { index += 1 }
        return bytes[start..<index]
    }

    /// Reads `keyword` or fails.
    mutating func expect(_ keyword: String) throws(Failure) {
        let found = word()
        guard found.elementsEqual(keyword.utf8) else { throw failure("expected \"\(keyword)\"") }
    }

    /// A non-negative integer, or nil (and nothing read) when none is here.
    mutating func unsignedInteger() -> Int? {
        skipSpace()
        var value = 0
        var position = index
        while position < bytes.count, Self.isDigit(bytes[position]) {
            let (product, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            value = product + Int(bytes[position] - 0x30)
            position += 1
        }
        guard position > index, position == bytes.count || !Self.isRegular(bytes[position]) else { return nil }
        index = position
        return value
    }

    private static func isRegular(_ byte: UInt8) -> Bool { !isWhitespace(byte) && !isDelimiter(byte) }

    /// One value. An integer followed by another and `R` is a reference.
    mutating func value(depth: Int = 0) throws(Failure) -> PDFValue {
        guard depth < Self.deepestNesting else { throw failure("values nested more than \(Self.deepestNesting) deep") }
        skipSpace()
        guard index < bytes.count else { throw failure("the file ends inside a value") }
        switch bytes[index] {
        case 0x2F:
            index += 1
            return .name(name())
        case 0x28:
            return .text(Self.text(from: try literalString()))
        case 0x3C:
            if index + 1 < bytes.count, bytes[index + 1] == 0x3C {
                index += 2
                return try dictionary(depth: depth)
            }
            return .text(Self.text(from: try hexString()))
        case 0x5B:
            index += 1
            var items: [PDFValue] = []
            while true {
                skipSpace()
                guard index < bytes.count else { throw failure("the file ends inside an array") }
                if bytes[index] == 0x5D {
                    index += 1
                    return .array(items)
                }
                items.append(try value(depth: depth + 1))
            }
        default:
            return try numberOrKeyword()
        }
    }

    private mutating func dictionary(depth: Int) throws(Failure) -> PDFValue {
        var entries: [String: PDFValue] = [:]
        while true {
            skipSpace()
            guard index + 1 < bytes.count else { throw failure("the file ends inside a dictionary") }
            if bytes[index] == 0x3E, bytes[index + 1] == 0x3E {
                index += 2
                return .dictionary(entries)
            }
            guard bytes[index] == 0x2F else { throw failure("a dictionary key is not a name") }
            index += 1
            let key = name()
            entries[key] = try value(depth: depth + 1)
        }
    }

    private mutating func numberOrKeyword() throws(Failure) -> PDFValue {
        let start = index
        if let first = unsignedInteger() {
            // "12 0 R" is a reference; "12 0" alone is two numbers, and only the first is read.
            let afterFirst = index
            if let generation = unsignedInteger(), generation >= 0 {
                skipSpace()
                if index < bytes.count, bytes[index] == 0x52,
                   index + 1 == bytes.count || !Self.isRegular(bytes[index + 1]) {
                    index += 1
                    return .reference(first)
                }
            }
            index = afterFirst
            return .integer(first)
        }
        index = start
        let text = word()
        guard !text.isEmpty else { throw failure("unexpected character") }
        switch String(decoding: text, as: UTF8.self) {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "null": return .null
        case let number:
            if let integer = Int(number) { return .integer(integer) }
            if let real = Double(number), number.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" }) {
                return .real(real)
            }
            throw Failure(reason: "\"\(number.prefix(20))\" is not a value", offset: start)
        }
    }

    /// A name's characters after its slash, with `#xx` decoded.
    private mutating func name() -> String {
        var decoded: [UInt8] = []
        while index < bytes.count, Self.isRegular(bytes[index]) {
            if bytes[index] == 0x23, index + 2 < bytes.count,
               let high = Self.hexValue(bytes[index + 1]), let low = Self.hexValue(bytes[index + 2]) {
                decoded.append(high << 4 | low)
                index += 3
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    private mutating func literalString() throws(Failure) -> [UInt8] {
        index += 1
        var nesting = 1
        var out: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case 0x5C:
                guard index < bytes.count else { break }
                let escaped = bytes[index]
                index += 1
                switch escaped {
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                case 0x74: out.append(0x09)
                case 0x62: out.append(0x08)
                case 0x66: out.append(0x0C)
                case 0x0D: if index < bytes.count, bytes[index] == 0x0A { index += 1 }
                case 0x0A: break
                case 0x30...0x37:
                    var code = Int(escaped - 0x30)
                    for _ in 0..<2 where index < bytes.count && (0x30...0x37).contains(bytes[index]) {
                        code = code * 8 + Int(bytes[index] - 0x30)
                        index += 1
                    }
                    out.append(UInt8(truncatingIfNeeded: code))
                default: out.append(escaped)
                }
            case 0x28:
                nesting += 1
                out.append(byte)
            case 0x29:
                nesting -= 1
                if nesting == 0 { return out }
                out.append(byte)
            default: out.append(byte)
            }
        }
        throw failure("the file ends inside a string")
    }

    private mutating func hexString() throws(Failure) -> [UInt8] {
        index += 1
        var out: [UInt8] = []
        var high: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x3E {
                if let high { out.append(high << 4) }
                return out
            }
            if Self.isWhitespace(byte) { continue }
            guard let digit = Self.hexValue(byte) else { throw failure("a hex string holds a character that is not hex") }
            if let pending = high {
                out.append(pending << 4 | digit)
                high = nil
            } else {
                high = digit
            }
        }
        throw failure("the file ends inside a hex string")
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }

    /// A text string's characters: UTF-16 after its byte-order mark, UTF-8 after its mark (PDF 2.0),
    /// else PDFDocEncoding, read as Latin-1 (they differ only in a few punctuation marks Cairo
    /// never writes that way).
    static func text(from bytes: [UInt8]) -> String {
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var position = 2
            while position + 1 < bytes.count {
                units.append(UInt16(bytes[position]) << 8 | UInt16(bytes[position + 1]))
                position += 2
            }
            return String(decoding: units, as: UTF16.self)
        }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return String(decoding: bytes.dropFirst(3), as: UTF8.self)
        }
        return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }
}
