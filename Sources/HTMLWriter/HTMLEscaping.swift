/// Escaping for the two places author text can go: element content and quoted attribute values.
///
/// Both also drop what HTML forbids outright (C0 and C1 control characters other than tab and
/// newline) and replace noncharacters with U+FFFD, so that no text from a source can make the
/// page invalid, let alone close an element early.
public enum HTMLEscaping {
    /// Appends `text` as element content: `&`, `<` and `>` become character references.
    static func appendText(_ text: String, to out: inout String) {
        append(text, to: &out, quotes: false)
    }

    /// Appends `text` for a double-quoted attribute value (the only kind the writer makes): `"` is
    /// escaped as well.
    static func appendAttribute(_ text: String, to out: inout String) {
        append(text, to: &out, quotes: true)
    }

    public static func text(_ text: String) -> String {
        var out = ""
        appendText(text, to: &out)
        return out
    }

    public static func attribute(_ text: String) -> String {
        var out = ""
        appendAttribute(text, to: &out)
        return out
    }

    private static func append(_ text: String, to out: inout String, quotes: Bool) {
        // Most text needs nothing: check the bytes once and copy it whole.
        if !needsWork(text.utf8, quotes: quotes) {
            out += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) { continue }
                if isNoncharacter(value) {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
    }

    private static func needsWork(_ bytes: String.UTF8View, quotes: Bool) -> Bool {
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"): return true
            case UInt8(ascii: "\""): if quotes { return true }
            case 0x7F: return true
            // C1 controls start with 0xC2; noncharacters with 0xEF (U+FDD0…, U+FFFE) or 0xF0…0xF4.
            case 0xC2, 0xEF, 0xF0...0xF4: return true
            default: if byte < 0x20 && byte != 0x09 && byte != 0x0A { return true }
            }
        }
        return false
    }

    static func isNoncharacter(_ value: UInt32) -> Bool {
        (0xFDD0...0xFDEF).contains(value) || (value & 0xFFFE) == 0xFFFE
    }
}
