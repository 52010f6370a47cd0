import CLouis
import Synchronization

/// liblouis, wrapped once: print text in, braille cells out (and back, for the tests that check the
/// braille says what the print says). No liblouis pointer, `widechar` or mode leaves this file.
///
/// liblouis keeps its compiled tables in process-wide caches that it fills without a lock, so every
/// call goes through one lock: translation is fast (a guide in a few milliseconds), so nothing is
/// gained by running two at once and a race in table loading is not worth the risk.
struct Louis: Sendable {
    /// Unified English Braille, grade 2 (contracted): the code UK braille readers use.
    static let contractedTable = "en-ueb-g2.ctb"
    /// liblouis's display table for North American Braille ASCII, the encoding of `.brf` files.
    static let brailleASCIITable = "en-us-brf.dis"

    /// Text goes to liblouis in pieces of at most this many characters, cut at a space where there is
    /// one: memory stays bounded and linear however long a paragraph is (a real paragraph is a few
    /// hundred characters; a cut at a space changes nothing but a capitals passage running across it).
    static let chunkLength = 4096

    private static let lock = Mutex(false)

    let table: String

    /// Fails when liblouis cannot find or compile the table (liblouis-data not installed).
    init(table: String = Louis.contractedTable) throws(LouisError) {
        let loaded = Self.locked { lou_getTable(table) != nil }
        guard loaded else { throw LouisError(table: table) }
        self.table = table
    }

    /// The braille for `text`, as cells of dots 1–6. Characters the table has no braille for are
    /// left out (check them first with `defines`); nil only if liblouis itself fails.
    func translate(_ text: String) -> [BrailleCell]? {
        var cells: [BrailleCell] = []
        for chunk in Self.chunks(of: text.unicodeScalars.map(\.value)) {
            guard let out = Self.run(chunk, table: table, backwards: false) else { return nil }
            for scalar in out where (0x2800...0x28FF).contains(scalar) {
                // Six-dot braille only: dots 7 and 8 have no place in a .brf file.
                cells.append(BrailleCell(dots: UInt8(truncatingIfNeeded: scalar - 0x2800) & 0x3F))
            }
        }
        return cells
    }

    /// Whether the table has braille for this character: liblouis leaves out (in the mode this
    /// wrapper uses) what it cannot translate, so a character that translates to nothing has none.
    func defines(_ scalar: Unicode.Scalar) -> Bool {
        guard let out = Self.run([scalar.value][...], table: table, backwards: false) else { return false }
        return out.contains { $0 != 0x2800 }
    }

    /// The print text liblouis reads back from braille cells.
    func backTranslate(_ cells: [BrailleCell]) -> String? {
        var text = ""
        for chunk in Self.chunks(of: cells.map { 0x2800 + UInt32($0.dots) }) {
            guard let out = Self.run(chunk, table: table, backwards: true) else { return nil }
            text.unicodeScalars.append(contentsOf: out.compactMap(Unicode.Scalar.init))
        }
        return text
    }

    /// The Braille ASCII character for each of the 64 cells (index = dots), as liblouis's display
    /// table gives it; nil when the table is missing or gives something that is not Braille ASCII.
    static func brailleASCII() -> [UInt8]? {
        var cells = (0..<64).map { widechar(0x2800 + $0) }
        var ascii = [widechar](repeating: 0, count: 64)
        let done = locked { lou_dotsToChar(brailleASCIITable, &cells, &ascii, 64, Int32(ucBrl.rawValue)) }
        guard done == 1, ascii.allSatisfy({ (0x20...0x5F).contains($0) }), Set(ascii).count == 64 else { return nil }
        return ascii.map { UInt8($0) }
    }

    // MARK: The one place liblouis is called

    private static func run(_ input: ArraySlice<UInt32>, table: String, backwards: Bool) -> [UInt32]? {
        guard !input.isEmpty else { return [] }
        var inbuf = input.map { widechar($0) }
        // Contractions only shrink the text; capital, number and grade 1 indicators grow it, a few
        // cells a word at most. Grown and tried again in the rare case it is not enough.
        var capacity = input.count * 4 + 64
        while true {
            var outbuf = [widechar](repeating: 0, count: capacity)
            var inlen = Int32(inbuf.count)
            var outlen = Int32(capacity)
            let done = locked {
                if backwards {
                    // Unicode braille in: the UEB tables include braille-patterns.cti, which reads it.
                    return lou_backTranslateString(table, &inbuf, &inlen, &outbuf, &outlen, nil, nil, 0)
                }
                let mode = Int32(dotsIO.rawValue | ucBrl.rawValue | noUndefined.rawValue)
                return lou_translateString(table, &inbuf, &inlen, &outbuf, &outlen, nil, nil, mode)
            }
            guard done == 1 else { return nil }
            if Int(inlen) < inbuf.count && capacity < input.count * 64 {
                capacity *= 2
                continue
            }
            return outbuf.prefix(Int(outlen)).map { UInt32($0) }
        }
    }

    private static func locked<T>(_ body: () -> T) -> T {
        lock.withLock { quietened in
            if !quietened {
                // liblouis logs to stderr; Plainly reports what went wrong in its own words.
                lou_setLogLevel(LOU_LOG_OFF)
                quietened = true
            }
            return body()
        }
    }

    /// Pieces of at most `chunkLength`, each ending just after a space when one is near the end.
    static func chunks(of scalars: [UInt32]) -> [ArraySlice<UInt32>] {
        var pieces: [ArraySlice<UInt32>] = []
        var start = scalars.startIndex
        while start < scalars.endIndex {
            var end = min(start + chunkLength, scalars.endIndex)
            if end < scalars.endIndex,
               let space = scalars[start..<end].lastIndex(where: { $0 == 0x20 || $0 == 0x2800 }), space > start {
                end = space + 1
            }
            pieces.append(scalars[start..<end])
            start = end
        }
        return pieces
    }
}

/// liblouis could not load a braille table.
struct LouisError: Error, Equatable {
    var table: String

    var reason: String {
        "liblouis could not load the braille table \(table) (is liblouis-data installed? scripts/setup installs it)"
    }
}
