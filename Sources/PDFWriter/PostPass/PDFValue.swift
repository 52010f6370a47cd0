/// A PDF value in Swift terms: what the post-pass writes into the file and what it reads back.
/// Names are given without their slash (`.name("Figure")`), dictionary keys too; an indirect
/// object appears as `.reference` to its object number (generation 0, all Cairo writes).
enum PDFValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case real(Double)
    case name(String)
    /// A text string (written as PDFDocEncoding or UTF-16 as its characters need).
    case text(String)
    /// A string of bytes that are not text, such as the file identifier: written in hex.
    case bytes([UInt8])
    case array([PDFValue])
    case dictionary([String: PDFValue])
    case reference(Int)

    /// A dictionary's entry; nil for a missing key or a value that is not a dictionary.
    subscript(key: String) -> PDFValue? {
        guard case .dictionary(let entries) = self else { return nil }
        return entries[key]
    }

    var nameValue: String? { if case .name(let name) = self { name } else { nil } }
    var textValue: String? { if case .text(let text) = self { text } else { nil } }
    var integerValue: Int? { if case .integer(let value) = self { value } else { nil } }
    var referenceValue: Int? { if case .reference(let number) = self { number } else { nil } }
    /// A number, integer or real.
    var numberValue: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .real(let value): value
        default: nil
        }
    }
    /// An array's items, or the value itself as the one item (PDF allows either in many places).
    var items: [PDFValue] {
        switch self {
        case .array(let items): items
        case .null: []
        default: [self]
        }
    }
}

extension PDFValue {
    /// The same value with every reference renumbered: an object taken into another file
    /// (`PDFFile.absorb`) keeps pointing at its own neighbours under their new numbers.
    func renumbered(with renumbering: Renumbering) -> PDFValue {
        switch self {
        case .reference(let number): .reference(renumbering(number))
        case .array(let items): .array(items.map { $0.renumbered(with: renumbering) })
        case .dictionary(let entries): .dictionary(entries.mapValues { $0.renumbered(with: renumbering) })
        default: self
        }
    }
}

/// How the objects of a file taken into another are numbered there: moved up past the other's
/// own, except those that are to be one of the other's objects (the second half's page-tree root
/// becomes the first half's, so its pages name their new parent without being rewritten).
struct Renumbering: Sendable {
    var shift: Int
    var identified: [Int: Int] = [:]

    func callAsFunction(_ number: Int) -> Int { identified[number] ?? number + shift }
}

extension PDFValue {
    /// The value in PDF syntax. Dictionary keys are written sorted, so the same value always gives
    /// the same bytes and two builds of one source stay identical.
    func write(into out: inout [UInt8]) {
        switch self {
        case .null: out += Self.nullWord
        case .bool(let flag): out += flag ? Self.trueWord : Self.falseWord
        case .integer(let number): out += Array(String(number).utf8)
        case .real(let number): out += Array(Self.realText(number).utf8)
        case .name(let name): Self.writeName(name, into: &out)
        case .text(let text): Self.writeText(text, into: &out)
        case .bytes(let data):
            out.append(0x3C)
            for byte in data { out += Self.hexDigits(byte) }
            out.append(0x3E)
        case .array(let items):
            out.append(0x5B)
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(0x20) }
                item.write(into: &out)
            }
            out.append(0x5D)
        case .dictionary(let entries):
            out += Self.dictionaryOpen
            for (key, item) in entries.sorted(by: { $0.key < $1.key }) {
                out.append(0x20)
                Self.writeName(key, into: &out)
                out.append(0x20)
                item.write(into: &out)
            }
            out += Self.dictionaryClose
        case .reference(let number): out += Array("\(number) 0 R".utf8)
        }
    }

    private static let nullWord = Array("null".utf8), trueWord = Array("true".utf8), falseWord = Array("false".utf8)
    private static let dictionaryOpen = Array("<<".utf8), dictionaryClose = Array(" >>".utf8)

    /// PDF has no exponent notation: tiny values are 0, the rest are written with up to six places.
    static func realText(_ number: Double) -> String {
        guard number.isFinite, abs(number) >= 0.000_001 else { return "0" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        var text = String(Int((number * 1_000_000).rounded()).magnitude)
        while text.count < 7 { text = "0" + text }
        var fraction = String(text.suffix(6))
        while fraction.last == "0" { fraction.removeLast() }
        return (number < 0 ? "-" : "") + text.dropLast(6) + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// `/` and the name, with `#xx` for bytes a name may not hold as they are.
    private static func writeName(_ name: String, into out: inout [UInt8]) {
        out.append(0x2F)
        for byte in name.utf8 {
            if byte > 0x20, byte < 0x7F, !PDFSyntax.isDelimiter(byte), byte != 0x23 {
                out.append(byte)
            } else {
                out += Array("#".utf8) + Self.hexDigits(byte)
            }
        }
    }

    /// Printable ASCII as a literal string; anything else as UTF-16 with its byte-order mark, in hex.
    private static func writeText(_ text: String, into out: inout [UInt8]) {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            out.append(0x28)
            for byte in text.utf8 {
                if byte == 0x28 || byte == 0x29 || byte == 0x5C { out.append(0x5C) }
                out.append(byte)
            }
            out.append(0x29)
            return
        }
        out += Array("<FEFF".utf8)
        for unit in text.utf16 {
            out += hexDigits(UInt8(unit >> 8)) + hexDigits(UInt8(unit & 0xFF))
        }
        out.append(0x3E)
    }

    private static let digits = Array("0123456789ABCDEF".utf8)
    private static func hexDigits(_ byte: UInt8) -> [UInt8] { [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]] }
}
