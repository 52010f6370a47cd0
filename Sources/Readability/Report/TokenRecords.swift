/// A unit's sentences and words for `--tokens`, kept compactly while the text is checked and written
/// out as JSON only when the report reaches them (see `UnitSpool`).
///
/// As JSON, a word takes about 90 bytes for its 5 or 6 letters; kept as JSON, a 5 MB text's tokens
/// were 110 MB going through memory and the spool. A record is the unit's text and numbers:
///
///     unit kind (1 byte), sentence count
///     per sentence: line, column, file (length, bytes), text (length, bytes), word count
///         per word: kind (1 byte), syllables, text (length, bytes)
///
/// with each number and length as an unsigned LEB128 varint.
enum TokenRecords {
    static let unitKinds = TextUnit.Kind.allCases
    static let wordKinds: [Word.Kind] = [.word, .acronym, .number, .abbreviation, .address, .identifier]

    static func wordKindNumber(_ kind: Word.Kind) -> UInt8 {
        switch kind {
        case .word: 0
        case .acronym: 1
        case .number: 2
        case .abbreviation: 3
        case .address: 4
        case .identifier: 5
        }
    }

    /// Appends `unit`'s record. Run on the checker's workers.
    static func encode(_ unit: AnalysedUnit, to out: inout [UInt8]) {
        out.append(UInt8(unitKinds.firstIndex(of: unit.unit.kind) ?? 0))
        appendNumber(unit.sentences.count, to: &out)
        var cursor: TextUnit.LocationCursor?
        unit.bytes.withUnsafeBufferPointer { text in
            for sentence in unit.sentences {
                let location = unit.unit.location(ofOffset: sentence.range.lowerBound, continuing: &cursor)
                appendNumber(location.line, to: &out)
                appendNumber(location.column, to: &out)
                var file = location.file
                file.withUTF8 { appendBytes($0, to: &out) }
                appendText(text, sentence.range, to: &out)
                appendNumber(sentence.words.count, to: &out)
                for word in sentence.words {
                    out.append(wordKindNumber(word.kind))
                    appendNumber(word.syllables, to: &out)
                    appendText(text, word.range, to: &out)
                }
            }
        }
    }

    /// The text of `range` as `AnalysedUnit.text` reads it: its bytes when it lies on whole
    /// characters, else decoded (the cut replaced by U+FFFD), so a record always holds valid UTF-8.
    private static func appendText(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to out: inout [UInt8]) {
        let range = min(range.lowerBound, text.count)..<min(max(range.lowerBound, range.upperBound), text.count)
        if JSONText.startsCharacter(text, range.lowerBound) && JSONText.startsCharacter(text, range.upperBound) {
            appendBytes(UnsafeBufferPointer(rebasing: text[range]), to: &out)
        } else {
            var decoded = String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
            decoded.withUTF8 { appendBytes($0, to: &out) }
        }
    }

    private static func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        appendNumber(bytes.count, to: &out)
        out.append(contentsOf: bytes)
    }

    static func appendNumber(_ number: Int, to out: inout [UInt8]) {
        var rest = UInt(bitPattern: number)
        while rest >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        out.append(UInt8(rest))
    }

    /// Reads a record written by `encode`.
    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0

        mutating func byte() -> UInt8 {
            defer { offset += 1 }
            return bytes[offset]
        }

        @inline(__always)
        mutating func number() -> Int {
            // Most numbers (syllables, lengths, columns) are below 128: one byte.
            let first = bytes[offset]
            if first < 0x80 {
                offset += 1
                return Int(first)
            }
            var value: UInt = 0
            var shift: UInt = 0
            while true {
                let byte = bytes[offset]
                offset += 1
                value |= UInt(byte & 0x7F) << shift
                if byte < 0x80 { return Int(bitPattern: value) }
                shift += 7
            }
        }

        mutating func text() -> UnsafeBufferPointer<UInt8> {
            let count = number()
            defer { offset += count }
            return UnsafeBufferPointer(rebasing: bytes[offset..<(offset + count)])
        }
    }

    /// The JSON between a word's values, as fixed text: a long text has a million words, and pieces
    /// held in arrays were counted (retained and released) at each of their four uses a word.
    enum WordPieces {
        static let firstWordStart: StaticString = "\n            {\n              \"kind\" : "
        static let wordStart: StaticString = ",\n            {\n              \"kind\" : "
        static let syllablesKey: StaticString = ",\n              \"syllables\" : "
        static let textKey: StaticString = ",\n              \"text\" : "
        static let wordEnd: StaticString = "\n            }"

        /// Each kind of word as a JSON string, in `wordKinds`' order.
        static func kind(_ number: Int) -> StaticString {
            switch number {
            case 1: "\"acronym\""
            case 2: "\"number\""
            case 3: "\"abbreviation\""
            case 4: "\"address\""
            case 5: "\"identifier\""
            default: "\"word\""
            }
        }
    }

    /// The record's sentences as objects of a file's `sentences` array, each after ",\n" (after "\n"
    /// when `first` is set, which it then clears).
    static func writeJSON(
        record: UnsafeBufferPointer<UInt8>, paths: inout JSONReport.PathCache, first: inout Bool, to out: inout ReportBytes
    ) {
        var reader = Reader(bytes: record)
        let kind = Int(reader.byte())
        let unitKind = unitKinds[kind < unitKinds.count ? kind : 0].rawValue
        for _ in 0..<reader.number() {
            out.append(first ? "\n        {\n          \"column\" : " : ",\n        {\n          \"column\" : ")
            first = false
            let line = reader.number()
            out.append(reader.number())
            out.append(",\n          \"line\" : ")
            out.append(line)
            out.append(",\n          \"path\" : ")
            let file = reader.text()
            JSONText.appendString(paths.path(for: file), to: &out)
            out.append(",\n          \"text\" : ")
            JSONText.appendString(utf8: reader.text(), oneLine: true, to: &out)
            out.append(",\n          \"unit\" : ")
            JSONText.appendString(unitKind, to: &out)
            let words = reader.number()
            if words == 0 {
                out.append(",\n          \"words\" : [\n\n          ]\n        }")
                continue
            }
            out.append(",\n          \"words\" : [")
            for index in 0..<words {
                out.append(index == 0 ? WordPieces.firstWordStart : WordPieces.wordStart)
                out.append(WordPieces.kind(Int(reader.byte())))
                out.append(WordPieces.syllablesKey)
                out.append(reader.number())
                out.append(WordPieces.textKey)
                JSONText.appendString(utf8: reader.text(), to: &out)
                out.append(WordPieces.wordEnd)
            }
            out.append("\n          ]\n        }")
        }
    }
}
