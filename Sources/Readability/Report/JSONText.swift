/// JSON strings and numbers written by hand, byte for byte as Foundation's `JSONEncoder` writes them
/// (with `.prettyPrinted`, `.sortedKeys` and `.withoutEscapingSlashes`, as the report always has), so
/// the report can be written as it is made rather than built whole as a tree of values first.
///
/// A string is written as its UTF-8 with `"` and `\` escaped, the control characters U+0000 to U+001F
/// escaped (`\b`, `\t`, `\n`, `\f`, `\r` by name, the rest as `\u00XX`), and everything else as it is:
/// `/`, U+007F, U+2028 and every other character, as JSONEncoder does. A Swift String is always valid
/// UTF-8, so no lone surrogate can reach the output.
enum JSONText {
    /// The escape for each byte below 0x20, `"` and `\`; nil for bytes written as they are.
    private static let escapes: [[UInt8]?] = (0..<128).map { byte -> [UInt8]? in
        switch byte {
        case 0x08: Array(#"\b"#.utf8)
        case 0x09: Array(#"\t"#.utf8)
        case 0x0A: Array(#"\n"#.utf8)
        case 0x0C: Array(#"\f"#.utf8)
        case 0x0D: Array(#"\r"#.utf8)
        case 0x22: Array(#"\""#.utf8)
        case 0x5C: Array(#"\\"#.utf8)
        case 0..<0x20:
            Array(#"\u00"#.utf8) + [hexDigit(byte >> 4), hexDigit(byte & 0xF)]
        default: nil
        }
    }

    private static func hexDigit(_ value: Int) -> UInt8 {
        UInt8(value < 10 ? 48 + value : 87 + value)  // lowercase, as JSONEncoder writes them
    }

    private static func needsEscape(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x22 || byte == 0x5C }

    /// `text` as a JSON string, quotes and all.
    static func appendString(_ text: String, to out: inout ReportBytes) {
        var text = text
        text.withUTF8 { appendString(utf8: $0, to: &out) }
    }

    /// Valid UTF-8 as a JSON string, quotes and all. When `oneLine`, line breaks and tabs are written
    /// as spaces first (as `FindingSink.oneLine` does for a sentence's text).
    static func appendString(utf8: UnsafeBufferPointer<UInt8>, oneLine: Bool = false, to out: inout ReportBytes) {
        // Appended a run at a time: a finding's why and suggestion are hundreds of bytes, and room for
        // the longest they could be (`ReportBytes.append(atMost:_:)`) costs more to make than it saves.
        out.bytes.append(0x22)
        forEachRun(of: utf8, oneLine: oneLine) { out.bytes.append(contentsOf: $0) }
        out.bytes.append(0x22)
    }

    /// The most bytes `count` bytes of text take as a JSON string: each as `\u00XX`, and the quotes.
    static func longestString(_ count: Int) -> Int { count * 6 + 2 }

    /// Hands `write` the string's bytes as JSON, without its quotes: runs of bytes as they are, between
    /// the escapes of those that need one.
    @inline(__always)
    static func forEachRun(of utf8: UnsafeBufferPointer<UInt8>, oneLine: Bool, _ write: (UnsafeBufferPointer<UInt8>) -> Void) {
        var runStart = 0
        var index = 0
        while index < utf8.count {
            // Eight bytes at a time while none needs escaping: nearly all of a report's text.
            if index + 8 <= utf8.count,
                !wordNeedsEscape(UnsafeRawPointer(utf8.baseAddress! + index).loadUnaligned(as: UInt64.self))
            {
                index += 8
                continue
            }
            let byte = utf8[index]
            index += 1
            guard needsEscape(byte) else { continue }
            write(UnsafeBufferPointer(rebasing: utf8[runStart..<(index - 1)]))
            if oneLine && (byte == 10 || byte == 13 || byte == 9) {
                (" " as StaticString).withUTF8Buffer(write)
            } else {
                escapes[Int(byte)]!.withUnsafeBufferPointer(write)
            }
            runStart = index
        }
        write(UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }

    /// Whether any of eight bytes is below 0x20, `"` or `\` (the tests for a zero byte and a byte
    /// below a bound, from "Bit Twiddling Hacks"; they may say yes wrongly, never no wrongly, and a
    /// yes is then looked at byte by byte).
    @inline(__always)
    static func wordNeedsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
        let below = (word &- ones &* 0x20) & ~word
        let isQuote = (quote &- ones) & ~quote
        let isBackslash = (backslash &- ones) & ~backslash
        return (below | isQuote | isBackslash) & (ones &* 0x80) != 0
    }

    /// `bytes[range]` as a JSON string. The range must lie on whole characters of valid UTF-8 to be
    /// copied as it is; a range that cuts a character is decoded first, the cut replaced by U+FFFD,
    /// as `String(decoding:as:)` does.
    static func appendString(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, oneLine: Bool = false, to out: inout ReportBytes) {
        if startsCharacter(bytes, range.lowerBound) && startsCharacter(bytes, range.upperBound) {
            appendString(utf8: UnsafeBufferPointer(rebasing: bytes[range]), oneLine: oneLine, to: &out)
        } else {
            var text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            text.withUTF8 { appendString(utf8: $0, oneLine: oneLine, to: &out) }
        }
    }

    /// True at the end of `bytes` or where a character starts (not inside one).
    static func startsCharacter(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        offset >= bytes.count || bytes[offset] & 0xC0 != 0x80
    }

    /// A number as JSONEncoder writes a Double: Swift's shortest form that reads back the same, without
    /// a trailing ".0" (`5`, `-0`, `0.5`, `2.5e-05`, `1e+16`).
    /// A value that is not a number (never a score of a real text) is `null`, so the report stays JSON.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}

extension RawWriter {
    /// Valid UTF-8 as a JSON string, quotes and all (see `JSONText.appendString(utf8:oneLine:to:)`):
    /// at most `JSONText.longestString(utf8.count)` bytes.
    mutating func putString(utf8: UnsafeBufferPointer<UInt8>, oneLine: Bool = false) {
        put(0x22)
        JSONText.forEachRun(of: utf8, oneLine: oneLine) { put($0) }
        put(0x22)
    }
}
