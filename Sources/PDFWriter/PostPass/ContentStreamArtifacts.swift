/// Marks everything a page draws outside tagged content as an artifact: running page numbers, table
/// rules, callout borders, slot outlines, decorative pictures. Cairo 1.16 cannot write artifacts
/// (the name is not in its tag list), so they are found here, in the finished content stream.
///
/// Each painting operation at marked-content depth 0 is wrapped in `/Artifact BMC … EMC`: text
/// showing operators on their own (so the wrapper stays inside the text object), paths from their
/// first construction operator to the painting one (marked content may not interrupt a path).
enum ContentStreamArtifacts {
    static func wrap(_ content: [UInt8]) -> [UInt8] {
        var ranges: [Range<Int>] = []
        var depth = 0
        var pathStart: Int?
        var tokenizer = ContentTokenizer(content)
        while let instruction = tokenizer.next() {
            switch instruction.op {
            case "BDC", "BMC": depth += 1
            case "EMC": depth = max(0, depth - 1)
            case "m", "l", "c", "v", "y", "h", "re":
                if pathStart == nil { pathStart = instruction.range.lowerBound }
            case "S", "s", "f", "F", "f*", "B", "B*", "b", "b*":
                if depth == 0 { ranges.append((pathStart ?? instruction.range.lowerBound)..<instruction.range.upperBound) }
                pathStart = nil
            case "n", "W", "W*":
                if instruction.op == "n" { pathStart = nil }
            case "Tj", "TJ", "'", "\"", "Do", "sh", "BI":
                if depth == 0 { ranges.append(instruction.range) }
            default: break
            }
        }
        guard !ranges.isEmpty else { return content }
        var output: [UInt8] = []
        output.reserveCapacity(content.count + ranges.count * 20)
        var position = 0
        let open = Array("/Artifact BMC\n".utf8), close = Array("\nEMC\n".utf8)
        for range in ranges {
            output += content[position..<range.lowerBound]
            output += open
            output += content[range]
            output += close
            position = range.upperBound
        }
        output += content[position...]
        return output
    }
}

/// Splits a PDF content stream into instructions: operands then an operator, with the byte range
/// from the first operand to the end of the operator. Inline images (BI … ID … EI) are one instruction.
struct ContentTokenizer {
    struct Instruction {
        var op: String
        var range: Range<Int>
    }

    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    private static func isWhitespace(_ byte: UInt8) -> Bool { [0, 9, 10, 12, 13, 32].contains(byte) }

    private static func isDelimiter(_ byte: UInt8) -> Bool {
        [0x28, 0x29, 0x3C, 0x3E, 0x5B, 0x5D, 0x7B, 0x7D, 0x2F, 0x25].contains(byte)
    }

    mutating func next() -> Instruction? {
        var start: Int?
        while index < bytes.count {
            let byte = bytes[index]
            if Self.isWhitespace(byte) {
                index += 1
                continue
            }
            if byte == 0x25 { // % comment
                while index < bytes.count, bytes[index] != 10, bytes[index] != 13 { index += 1 }
                continue
            }
            if start == nil { start = index }
            switch byte {
            case 0x28: skipString()
            case 0x3C:
                if index + 1 < bytes.count, bytes[index + 1] == 0x3C { index += 2 } else { skipHexString() }
            case 0x3E, 0x5B, 0x5D, 0x7B, 0x7D: index += 1
            case 0x2F:
                index += 1
                skipRegular()
            default:
                let tokenStart = index
                skipRegular()
                if index == tokenStart { index += 1; continue }
                let first = bytes[tokenStart]
                // Numbers are most of a content stream: skip them before making a string.
                if (0x30...0x39).contains(first) || first == 0x2D || first == 0x2B || first == 0x2E { continue }
                let token = String(decoding: bytes[tokenStart..<index], as: UTF8.self)
                if token == "true" || token == "false" || token == "null" { continue }
                if token == "BI" { skipInlineImage() }
                return Instruction(op: token == "BI" ? "BI" : token, range: (start ?? tokenStart)..<index)
            }
        }
        return nil
    }

    private mutating func skipRegular() {
        while index < bytes.count, !Self.isWhitespace(bytes[index]), !Self.isDelimiter(bytes[index]) { index += 1 }
    }

    private mutating func skipString() {
        var nesting = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x5C { index += 1; continue }
            if byte == 0x28 { nesting += 1 }
            if byte == 0x29 {
                nesting -= 1
                if nesting == 0 { return }
            }
        }
    }

    private mutating func skipHexString() {
        while index < bytes.count, bytes[index] != 0x3E { index += 1 }
        index += 1
    }

    /// From after `BI` to after the `EI` that ends the image data.
    private mutating func skipInlineImage() {
        while index + 1 < bytes.count {
            if bytes[index] == 0x49, bytes[index + 1] == 0x44, index > 0, Self.isWhitespace(bytes[index - 1]) {
                index += 3
                break
            }
            index += 1
        }
        while index + 2 < bytes.count {
            if Self.isWhitespace(bytes[index]), bytes[index + 1] == 0x45, bytes[index + 2] == 0x49,
               index + 3 >= bytes.count || Self.isWhitespace(bytes[index + 3]) || Self.isDelimiter(bytes[index + 3]) {
                index += 3
                return
            }
            index += 1
        }
        index = bytes.count
    }
}
