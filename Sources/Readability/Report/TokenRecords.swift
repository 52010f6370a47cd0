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

        /// The most fixed text a word takes: its keys and its kind's name, the longest of them.
        static let fixed = [wordStart, syllablesKey, textKey, wordEnd].reduce(0) { $0 + $1.utf8CodeUnitCount }
            + wordKinds.indices.map { kind($0).utf8CodeUnitCount }.max()!

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
    /// when `first` is set, which it then clears). A sentence is written straight into room made for
    /// it at once (`ReportBytes.append(atMost:_:)`): a million words, a dozen pieces each, appended
    /// one by one, were most of the time `--tokens` took to write.
    static func writeJSON(
        record: UnsafeBufferPointer<UInt8>, paths: inout JSONReport.PathCache, first: inout Bool, to out: inout ReportBytes
    ) {
        var reader = Reader(bytes: record)
        let kind = Int(reader.byte())
        var unitKind = unitKinds[kind < unitKinds.count ? kind : 0].rawValue
        for _ in 0..<reader.number() {
            let line = reader.number()
            let column = reader.number()
            let file = reader.text()
            var path = paths.path(for: file)
            let text = reader.text()
            let words = reader.number()
            let wordsStart = reader.offset
            // The most the sentence can take: its fixed text, its numbers and its strings, each byte
            // of a string escaped as six.
            var room = SentencePieces.fixed + 2 * RawWriter.longestNumber + JSONText.longestString(path.utf8.count)
                + JSONText.longestString(text.count) + JSONText.longestString(unitKind.utf8.count)
            for _ in 0..<words {
                _ = reader.byte()
                _ = reader.number()
                room += WordPieces.fixed + RawWriter.longestNumber + JSONText.longestString(reader.text().count)
            }
            reader.offset = wordsStart
            let isFirst = first
            first = false
            out.append(atMost: room) { out in
                out.put(isFirst ? SentencePieces.firstStart : SentencePieces.start)
                out.put(decimal: column)
                out.put(SentencePieces.lineKey)
                out.put(decimal: line)
                out.put(SentencePieces.pathKey)
                path.withUTF8 { out.putString(utf8: $0) }
                out.put(SentencePieces.textKey)
                out.putString(utf8: text, oneLine: true)
                out.put(SentencePieces.unitKey)
                unitKind.withUTF8 { out.putString(utf8: $0) }
                if words == 0 {
                    out.put(SentencePieces.noWords)
                    return
                }
                out.put(SentencePieces.wordsKey)
                for index in 0..<words {
                    out.put(index == 0 ? WordPieces.firstWordStart : WordPieces.wordStart)
                    out.put(WordPieces.kind(Int(reader.byte())))
                    out.put(WordPieces.syllablesKey)
                    out.put(decimal: reader.number())
                    out.put(WordPieces.textKey)
                    out.putString(utf8: reader.text())
                    out.put(WordPieces.wordEnd)
                }
                out.put(SentencePieces.end)
            }
        }
    }

    /// The JSON around a sentence's values, as fixed text.
    enum SentencePieces {
        static let firstStart: StaticString = "\n        {\n          \"column\" : "
        static let start: StaticString = ",\n        {\n          \"column\" : "
        static let lineKey: StaticString = ",\n          \"line\" : "
        static let pathKey: StaticString = ",\n          \"path\" : "
        static let textKey: StaticString = ",\n          \"text\" : "
        static let unitKey: StaticString = ",\n          \"unit\" : "
        static let noWords: StaticString = ",\n          \"words\" : [\n\n          ]\n        }"
        static let wordsKey: StaticString = ",\n          \"words\" : ["
        static let end: StaticString = "\n          ]\n        }"

        /// The most fixed text a sentence takes.
        static let fixed = [start, lineKey, pathKey, textKey, unitKey, noWords, wordsKey, end].reduce(0) { $0 + $1.utf8CodeUnitCount }
    }
}
