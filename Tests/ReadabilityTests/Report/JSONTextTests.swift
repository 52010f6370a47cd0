import Foundation
@testable import Readability
import Testing

/// `JSONText` writes strings and numbers byte for byte as `JSONEncoder` does, and what it writes reads
/// back as the same values with `JSONSerialization` and `JSONDecoder`.
@Suite struct JSONTextTests {
    static let awkwardStrings: [String] = [
        "", "plain", "\"", "\\", "\"\\\"", "a/b", "</script>", "tab\there", "line\nbreak", "cr\rlf\r\n",
        "\u{08}\u{0C}", "\u{00}", "\u{01}\u{02}\u{1F}", "\u{7F}", "\u{80}\u{9F}", "\u{2028}\u{2029}", "é e\u{301}",
        "😀 🇬🇧 👩‍👩‍👧", "\u{FEFF}bom", "\u{FFFD}", "\u{10FFFF}", "\u{E000}", "日本語", "ends in backslash \\",
        String((0..<0x80).map { Character(Unicode.Scalar(UInt8($0))) }),
        String(decoding: [0x61, 0xFF, 0xFE, 0xC3, 0x28, 0xED, 0xA0, 0x80, 0x62], as: UTF8.self),  // invalid UTF-8 as read
    ]

    static func encoded(_ text: String) -> [UInt8] {
        var out = ReportBytes()
        JSONText.appendString(text, to: &out)
        return out.bytes
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    @Test(arguments: awkwardStrings)
    func stringsAreWrittenAsJSONEncoderWritesThem(_ text: String) throws {
        #expect(Self.encoded(text) == Array(try Self.encoder.encode(text)))
    }

    /// Text is looked at eight bytes at a time: a byte to escape is found wherever it falls in a word
    /// of eight, and bytes just past the ones that are escaped (space, `!`, `[`, `]`, DEL) are not.
    @Test(arguments: ["\u{00}", "\u{1F}", "\"", "\\", "\n", " ", "!", "#", "[", "]", "\u{7F}", "é", "😀"])
    func aByteToEscapeIsFoundAnywhereInALongString(_ special: String) throws {
        let plain = Array("abcdefghijklmnopqrstuvwx")
        for position in 0...plain.count {
            var characters = plain
            characters.insert(contentsOf: special, at: position)
            let text = String(characters)
            #expect(Self.encoded(text) == Array(try Self.encoder.encode(text)), "\(special) at \(position)")
        }
    }

    @Test(arguments: awkwardStrings)
    func stringsReadBackTheSame(_ text: String) throws {
        let json = Data(Self.encoded(text))
        #expect(try JSONDecoder().decode(String.self, from: json) == text)
        // This Foundation's JSONSerialization drops a U+FEFF that starts a string (JSONDecoder keeps
        // it), so that one string is compared without it.
        let array = Data("[".utf8 + json + "]".utf8)
        let read = try JSONSerialization.jsonObject(with: array) as? [String]
        #expect(read?.first == (text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text))
    }

    /// A sentence's text is written on one line: line breaks and tabs as spaces.
    @Test func oneLineTextHasSpacesForBreaks() throws {
        var out = ReportBytes()
        Array("a\tb\nc\rd\u{0C}e\"".utf8).withUnsafeBufferPointer { JSONText.appendString(utf8: $0, oneLine: true, to: &out) }
        #expect(String(decoding: out.bytes, as: UTF8.self) == #""a b c d\fe\"""#)
    }

    /// A range that cuts a character reads as `String(decoding:)` reads it, so the JSON stays valid.
    @Test func aRangeThatCutsACharacterStaysValid() throws {
        let bytes = Array("aé😀z".utf8)
        for start in 0..<bytes.count {
            for end in start...bytes.count {
                var out = ReportBytes()
                bytes.withUnsafeBufferPointer { JSONText.appendString($0, start..<end, to: &out) }
                let expected = String(decoding: bytes[start..<end], as: UTF8.self)
                #expect(try JSONDecoder().decode(String.self, from: Data(out.bytes)) == expected)
                #expect(out.bytes == Array(try Self.encoder.encode(expected)))
            }
        }
    }

    static let numbers: [Double] = [
        0, -0.0, 1, 5, 0.5, -12.3456, 123_456.7891, 1e-4, 2.5e-5, 1e15, 1e16, 1e17, 1e21, 69.0698, 11.1843,
        -3.4, 100, 99_999_999_999_999.9999, 0.1 + 0.2, Double.leastNonzeroMagnitude, 1.7976931348623157e308,
    ]

    @Test(arguments: numbers)
    func numbersAreWrittenAsJSONEncoderWritesThem(_ value: Double) throws {
        #expect(JSONText.number(value) == String(decoding: try Self.encoder.encode(value), as: UTF8.self))
    }

    @Test func aValueThatIsNotANumberIsNull() {
        #expect(JSONText.number(.nan) == "null")
        #expect(JSONText.number(.infinity) == "null")
    }
}
