/// Copies one object as another file wrote it, with its own number and every reference in it
/// renumbered (`PDFFile.absorb`), without parsing it into values: a lexer finds the object
/// numbers of `N G obj` and `N G R` and copies everything else byte for byte. Strings, names and
/// comments are stepped over whole, so "(see 4 0 R)" in a title or `/F1 0 R` never changes; a
/// stream's data, after `stream`, is copied untouched.
///
/// Parsing every object of the second half into values, and writing them back, was most of a long
/// document's join: 25,000 headings make 25,000 structure elements and as many links.
enum ReferenceShift {
    static func copy(_ object: ArraySlice<UInt8>, renumbering: Renumbering, into out: inout [UInt8]) {
        var index = object.startIndex
        var copied = index
        // The last two integers, with only white space after them: the start of a reference.
        var integers: [Range<Int>] = []
        while index < object.endIndex {
            let byte = object[index]
            if PDFSyntax.isWhitespace(byte) {
                index += 1
                continue
            }
            switch byte {
            case 0x25:  // % comment, to the end of the line
                while index < object.endIndex, object[index] != 0x0A, object[index] != 0x0D { index += 1 }
                continue
            case 0x28:  // ( literal string )
                index = endOfLiteralString(object, from: index)
            case 0x3C where index + 1 < object.endIndex && object[index + 1] == 0x3C:  // <<
                index += 2
            case 0x3C:  // < hex string >
                while index < object.endIndex, object[index] != 0x3E { index += 1 }
                index += 1
            case 0x2F:  // /Name
                index += 1
                while index < object.endIndex, !PDFSyntax.isWhitespace(object[index]), !PDFSyntax.isDelimiter(object[index]) {
                    index += 1
                }
            case _ where PDFSyntax.isDelimiter(byte):  // [ ] { } >
                index += 1
            default:
                let start = index
                while index < object.endIndex, !PDFSyntax.isWhitespace(object[index]), !PDFSyntax.isDelimiter(object[index]) {
                    index += 1
                }
                let token = object[start..<index]
                if token.allSatisfy(PDFSyntax.isDigit) {
                    integers.append(start..<index)
                    if integers.count > 2 { integers.removeFirst() }
                    continue
                }
                let isReference = token.elementsEqual([0x52])  // R
                if (isReference || token.elementsEqual("obj".utf8)), integers.count == 2,
                   let number = Int(String(decoding: object[integers[0]], as: UTF8.self)) {
                    out += object[copied..<integers[0].lowerBound]
                    out += Array(String(renumbering(number)).utf8)
                    copied = integers[0].upperBound
                } else if token.elementsEqual("stream".utf8) {
                    // The data, `endstream` and `endobj`: nothing in them is a reference.
                    out += object[copied...]
                    return
                }
            }
            integers.removeAll(keepingCapacity: true)
        }
        out += object[copied...]
    }

    /// Just past the `)` that closes the literal string opening at `start`: parentheses nest, and
    /// a backslash escapes the byte after it.
    private static func endOfLiteralString(_ bytes: ArraySlice<UInt8>, from start: Int) -> Int {
        var depth = 0
        var index = start
        while index < bytes.endIndex {
            switch bytes[index] {
            case 0x5C: index += 1
            case 0x28: depth += 1
            case 0x29:
                depth -= 1
                if depth == 0 { return index + 1 }
            default: break
            }
            index += 1
        }
        return index
    }
}
