/// What must be refused before any XML reaches Foundation's `XMLParser`, which on Linux crashes the
/// whole process on it rather than reporting an error: bytes that are not UTF-8 in a name (a trap,
/// SIGILL), and a processing instruction with nothing after its name (`<?x?>`: a null pointer read,
/// SIGSEGV), and a control character XML 1.0 does not allow (a NUL after the parser has been told to
/// stop reads through a null pointer in libxml2). Word files and SVG pictures are both checked with
/// it; each was found by fuzzing.
public enum XMLPreflight {
    public struct Problem: Equatable, Sendable {
        /// Where in the bytes, from 0.
        public var offset: Int
        public var reason: String
    }

    public static func problem(in bytes: [UInt8]) -> Problem? {
        if let offset = firstInvalidUTF8(bytes) { return Problem(offset: offset, reason: "the text is not UTF-8") }
        if let offset = bytes.firstIndex(where: isForbiddenControl) {
            return Problem(offset: offset, reason: "it has a control character (byte \(bytes[offset])) that XML does not allow")
        }
        if let offset = firstEmptyInstruction(bytes) {
            return Problem(offset: offset, reason: "a processing instruction (<?…?>) has nothing in it")
        }
        return nil
    }

    /// `<?name?>` or `<?name ?>`: a name, perhaps spaces, then the end at once.
    static func firstEmptyInstruction(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == 0x3C, bytes[index + 1] == 0x3F else {
                index += 1
                continue
            }
            var cursor = index + 2
            while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != 0x3F { cursor += 1 }
            while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
            if cursor + 1 < bytes.count, bytes[cursor] == 0x3F, bytes[cursor + 1] == 0x3E { return index }
            if cursor >= bytes.count { return nil }
            index += 2
        }
        return nil
    }

    /// C0 controls other than tab, line feed and carriage return: not allowed anywhere in XML 1.0.
    private static func isForbiddenControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
