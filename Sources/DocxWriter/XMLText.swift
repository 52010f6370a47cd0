/// Author text made safe for WordprocessingML: the five characters XML reserves are escaped, and
/// characters XML 1.0 does not allow at all (most control characters, U+FFFE, U+FFFF) are dropped,
/// because one of them makes Word refuse the whole file as corrupt.
enum XMLText {
    /// For element text and for attribute values in double quotes.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// XML 1.0's `Char` production: tab, line feed, carriage return, and everything from space up
    /// except the two non-characters at the end of the Basic Multilingual Plane (Swift strings hold
    /// no lone surrogates).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xFFFD: true
        case 0x10000...0x10FFFF: true
        default: false
        }
    }
}
