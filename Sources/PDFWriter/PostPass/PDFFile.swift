import Foundation

/// A PDF Cairo wrote, opened for the post-pass: objects are read when asked for, changed ones are
/// kept aside, and `write()` copies every unchanged object's bytes as they are and writes only the
/// changed and new ones. Nothing is parsed that the post-pass does not ask for, which is what makes
/// a 10,000-page document take seconds rather than a minute (a full parse and rewrite of every
/// object was most of the time, and most of the memory).
///
/// Reads a classic cross-reference table (what Cairo 1.16 and this class write), following
/// `/Prev` for files written by others. Errors are recorded, not thrown, by the reading methods,
/// so a run of changes is checked once with `check(_:)`.
final class PDFFile {
    private let bytes: [UInt8]
    /// Where each object starts, by object number; nil for a free or missing number.
    private var offsets: [Int?] = []
    /// Where each original object's bytes end: the next object's start, or the table's.
    private var ends = ByNumber<Int>()
    private var trailer: [String: PDFValue] = [:]
    private var changed = ByNumber<Changed>()
    private var nextNumber: Int
    private var firstError: PDFWriterError?

    private struct Changed {
        var value: PDFValue
        var stream: StreamBytes?
    }

    /// A stream's bytes as they go into the file (already compressed, if filtered).
    private enum StreamBytes {
        case original(Range<Int>)
        case replaced([UInt8])
        /// Bytes of another file taken in whole (`absorb`), by its place in `absorbed`.
        case absorbed(file: Int, range: Range<Int>)
    }

    /// The files taken in by `absorb`, kept as they are: their objects are read from here when
    /// asked for, and written out with their numbers moved (`ReferenceShift`), never held parsed.
    private var absorbed: [Absorbed] = []
    /// Objects taken in that nothing refers to once the files are joined: not written.
    private var dropped = ByNumber<Bool>()

    private struct Absorbed {
        let bytes: [UInt8]
        let offsets: [Int?]
        let ends: ByNumber<Int>
        /// The file's own numbers made this file's.
        let renumbering: Renumbering
        var shift: Int { renumbering.shift }

        func holds(_ number: Int) -> Bool { number > shift && number - shift < offsets.count }
    }

    /// Direct objects nest no deeper than this (`PDFSyntax.deepestNesting`).
    static let deepestNesting = PDFSyntax.deepestNesting
    /// A page tree no deeper than this: Cairo writes one level.
    static let deepestPageTree = 64

    /// Opens a copy of `pdf` (for tests and the tag-tree dump).
    convenience init(pdf: Data) throws(PDFWriterError) {
        try self.init(bytes: [UInt8](pdf))
    }

    /// Opens `bytes`, taking them over: a build's file is not copied to be read.
    init(bytes: consuming [UInt8]) throws(PDFWriterError) {
        self.bytes = bytes
        nextNumber = 1
        let tableStart: Int
        do {
            tableStart = try readCrossReferences()
        } catch {
            throw .postPass(step: "reading the PDF Cairo wrote", reason: "\(error.reason) (at byte \(error.offset))")
        }
        nextNumber = max(trailer["Size"]?.integerValue ?? offsets.count, offsets.count, 1)
        let starts = offsets.enumerated().compactMap { number, offset in offset.map { (offset: $0, number: number) } }
            .sorted { $0.offset < $1.offset }
        for (position, start) in starts.enumerated() {
            ends[start.number] = position + 1 < starts.count ? starts[position + 1].offset : max(start.offset, tableStart)
        }
    }

    /// Throws the first error since the last check, naming `step`.
    func check(_ step: String) throws(PDFWriterError) {
        guard let error = firstError else { return }
        firstError = nil
        if case .postPass(_, let reason) = error { throw .postPass(step: step, reason: reason) }
        throw error
    }

    private func record(_ reason: String) {
        if firstError == nil { firstError = .postPass(step: "", reason: reason) }
    }

    // MARK: Objects

    /// The document catalog's object number.
    var catalog: Int { trailer["Root"]?.referenceValue ?? 0 }

    /// The Info dictionary's object number, made when the file has none.
    var info: Int {
        if let number = trailer["Info"]?.referenceValue { return number }
        let number = add(.dictionary([:]))
        trailer["Info"] = .reference(number)
        return number
    }

    /// The Info dictionary's object number, if the file has one.
    var infoIfWritten: Int? { trailer["Info"]?.referenceValue }

    /// The page objects' numbers, in page order.
    var pages: [Int] {
        var found: [Int] = []
        var visited = Set<Int>()
        if let root = object(catalog)["Pages"]?.referenceValue { collectPages(root, depth: 0, visited: &visited, into: &found) }
        return found
    }

    private func collectPages(_ number: Int, depth: Int, visited: inout Set<Int>, into found: inout [Int]) {
        guard depth < Self.deepestPageTree, visited.insert(number).inserted else { return }
        let node = object(number)
        if node["Type"]?.nameValue == "Page" {
            found.append(number)
            return
        }
        for kid in node["Kids"]?.items ?? [] {
            if let child = kid.referenceValue { collectPages(child, depth: depth + 1, visited: &visited, into: &found) }
        }
    }

    /// Every object in the file by number, a stream as its dictionary: for checks in tests.
    var allObjects: [PDFValue] {
        (1..<max(nextNumber, 1)).compactMap { number in
            let value = object(number)
            return value == .null ? nil : value
        }
    }

    /// Object `number` as a value (a stream as its dictionary); `.null` for a number the file does
    /// not have.
    func object(_ number: Int) -> PDFValue {
        if let change = changed[number] { return change.value }
        return original(number)?.value ?? .null
    }

    /// One entry of object `number` (a dictionary or a stream's dictionary); nil when it has none.
    func value(_ key: String, in number: Int) -> PDFValue? {
        guard let value = object(number)[key], value != .null else { return nil }
        return value
    }

    /// Puts `value` in place of object `number`, which keeps its number.
    func replace(_ number: Int, with value: PDFValue) {
        changed[number] = Changed(value: value, stream: nil)
    }

    /// Sets `key` of the dictionary (or stream dictionary) that is object `number`; nil removes it.
    func set(_ key: String, _ value: PDFValue?, in number: Int) {
        guard var change = changedOrOriginal(number), case .dictionary(var entries) = change.value else { return }
        entries[key] = value
        change.value = .dictionary(entries)
        changed[number] = change
    }

    /// Adds `value` as a new object and returns its number.
    func add(_ value: PDFValue) -> Int {
        let number = nextNumber
        nextNumber += 1
        changed[number] = Changed(value: value, stream: nil)
        return number
    }

    /// Adds a stream holding `bytes` with `dictionary`'s entries, compressed unless `compress` is
    /// false (the XMP packet stays readable as text, as XMP asks), and returns its number.
    func addStream(_ bytes: [UInt8], dictionary: [String: PDFValue], compress: Bool = true) -> Int {
        let number = nextNumber
        nextNumber += 1
        changed[number] = Self.stream(bytes, dictionary: dictionary, compress: compress)
        return number
    }

    private static func stream(_ bytes: [UInt8], dictionary: [String: PDFValue], compress: Bool) -> Changed {
        var entries = dictionary
        entries["DecodeParms"] = nil
        entries["Filter"] = compress ? .name("FlateDecode") : nil
        return Changed(value: .dictionary(entries), stream: .replaced(compress ? Flate.deflate(bytes) : bytes))
    }

    /// Takes in every object of `other`, another file Cairo wrote (the later pages of a long
    /// document, drawn on a second core), numbered after this file's own objects, and returns how
    /// `other`'s numbers became this file's. The objects come in as they are, references
    /// renumbered: nothing joins the two files' pages, trees and names yet (`JoinedHalves`).
    /// `identifying` names objects of `other` that are to be one of this file's: every reference
    /// to them goes there instead, and they themselves are not written.
    ///
    /// Nothing is parsed here: an object of `other` is read when the join asks for it, and the
    /// rest are copied into the output with their numbers moved. `other` must not have taken in a
    /// file itself.
    func absorb(_ other: PDFFile, identifying: [Int: Int] = [:]) -> Renumbering {
        let renumbering = Renumbering(shift: nextNumber - 1, identified: identifying)
        let shift = renumbering.shift
        guard other.absorbed.isEmpty else {
            record("a file that has taken in another cannot be taken in itself")
            return renumbering
        }
        let file = absorbed.count
        absorbed.append(Absorbed(bytes: other.bytes, offsets: other.offsets, ends: other.ends, renumbering: renumbering))
        for number in identifying.keys { dropped[number + shift] = true }
        // What `other` had changed or added comes as values.
        for number in 1..<other.nextNumber {
            guard let change = other.changed[number] else { continue }
            var stream = change.stream
            if case .original(let range)? = stream { stream = .absorbed(file: file, range: range) }
            changed[number + shift] = Changed(value: change.value.renumbered(with: renumbering), stream: stream)
        }
        nextNumber = shift + max(other.nextNumber, 1)
        if let error = other.firstError, firstError == nil { firstError = error }
        return renumbering
    }

    /// Leaves out an object taken in by `absorb` that nothing refers to once the files are joined
    /// (the second file's catalog, page-tree root and the like).
    func dropAbsorbed(_ number: Int) {
        guard number >= offsets.count else { return }
        changed[number] = nil
        dropped[number] = true
    }

    private func absorbedFile(holding number: Int) -> Int? {
        guard number >= offsets.count else { return nil }
        return absorbed.firstIndex { $0.holds(number) }
    }

    // MARK: Page content

    /// All of page `page`'s content streams, decoded and joined.
    func content(ofPage page: Int) throws(PDFWriterError) -> [UInt8] {
        var joined: [UInt8] = []
        for part in object(page)["Contents"]?.items ?? [] {
            guard let number = part.referenceValue else { continue }
            let decoded: [UInt8]
            do {
                decoded = try decodedStream(number)
            } catch {
                throw .postPass(step: "reading a page's content", reason: error.reason)
            }
            if !joined.isEmpty { joined.append(0x0A) }
            joined += decoded
        }
        return joined
    }

    /// Puts `compressed` (FlateDecode data) in place of a page's content.
    func replaceContent(ofPage page: Int, compressed: [UInt8]) {
        let contents = object(page)["Contents"]
        var dictionary: [String: PDFValue] = [:]
        let number: Int
        if let existing = contents?.referenceValue, case .dictionary(let entries) = object(existing) {
            dictionary = entries
            number = existing
        } else {
            number = add(.null)
            set("Contents", .reference(number), in: page)
        }
        dictionary["Length"] = nil
        dictionary["Filter"] = .name("FlateDecode")
        dictionary["DecodeParms"] = nil
        changed[number] = Changed(value: .dictionary(dictionary), stream: .replaced(compressed))
    }

    private func decodedStream(_ number: Int) throws(Flate.Failure) -> [UInt8] {
        guard let (value, raw) = streamBytes(number) else { throw Flate.Failure(reason: "object \(number) is not a stream") }
        let filters = value["Filter"]?.items.compactMap(\.nameValue) ?? []
        switch filters {
        case []: return raw
        case ["FlateDecode"] where value["DecodeParms"] == nil: return try Flate.inflate(raw[...])
        default: throw Flate.Failure(reason: "object \(number) is compressed with \(filters), which the post-pass does not read")
        }
    }

    /// A stream's dictionary and its bytes as stored.
    private func streamBytes(_ number: Int) -> (PDFValue, [UInt8])? {
        guard let change = changedOrOriginal(number), let stream = change.stream else { return nil }
        switch stream {
        case .original(let range): return (change.value, Array(bytes[range]))
        case .replaced(let data): return (change.value, data)
        case .absorbed(let file, let range): return (change.value, Array(absorbed[file].bytes[range]))
        }
    }

    // MARK: Writing

    /// The version PDF/UA-1 is built on, and four bytes above 127 that mark the file as binary.
    private static let header = Array("%PDF-1.7\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3, 0x0A]

    /// Writes the file: unchanged objects as Cairo wrote them, changed and new ones after, then a
    /// new cross-reference table and a /ID made from the content, so the same input gives the
    /// same bytes.
    func write() throws(PDFWriterError) -> [UInt8] {
        try check("writing the PDF")
        var out: [UInt8] = []
        let size = absorbed.reduce(bytes.count) { $0 + $1.bytes.count }
        out.reserveCapacity(size + size / 8)
        out += Self.header
        var written = [Int?](repeating: nil, count: nextNumber)
        for number in 1..<nextNumber {
            if let change = changed[number] {
                written[number] = out.count
                out += Array("\(number) 0 obj\n".utf8)
                if let stream = change.stream {
                    let data: ArraySlice<UInt8>
                    switch stream {
                    case .original(let range): data = bytes[range]
                    case .replaced(let replaced): data = replaced[...]
                    case .absorbed(let file, let range): data = absorbed[file].bytes[range]
                    }
                    var entries = change.value.dictionaryEntries
                    entries["Length"] = .integer(data.count)
                    PDFValue.dictionary(entries).write(into: &out)
                    out += Array("\nstream\n".utf8)
                    out += data
                    out += Array("\nendstream".utf8)
                } else {
                    change.value.write(into: &out)
                }
                out += Array("\nendobj\n".utf8)
            } else if number < offsets.count, let start = offsets[number], let end = ends[number] {
                written[number] = out.count
                out += bytes[start..<end]
                if out.last != 0x0A { out.append(0x0A) }
            } else if dropped[number] == nil, let file = absorbedFile(holding: number) {
                let source = absorbed[file]
                guard let start = source.offsets[number - source.shift], let end = source.ends[number - source.shift] else {
                    continue
                }
                written[number] = out.count
                ReferenceShift.copy(source.bytes[start..<end], renumbering: source.renumbering, into: &out)
                if out.last != 0x0A { out.append(0x0A) }
            }
        }
        let table = out.count
        out += Array("xref\n0 \(nextNumber)\n0000000000 65535 f \n".utf8)
        for number in 1..<nextNumber {
            if let offset = written[number] {
                let digits = String(offset)
                out += Array((String(repeating: "0", count: max(0, 10 - digits.count)) + digits + " 00000 n \n").utf8)
            } else {
                out += Array("0000000000 65535 f \n".utf8)
            }
        }
        let identity = Self.fingerprint(out)
        var trailerEntries = trailer
        trailerEntries["Size"] = .integer(nextNumber)
        trailerEntries["Prev"] = nil
        trailerEntries["XRefStm"] = nil
        trailerEntries["ID"] = .array([.bytes(identity), .bytes(identity)])
        out += Array("trailer\n".utf8)
        PDFValue.dictionary(trailerEntries).write(into: &out)
        out += Array("\nstartxref\n\(table)\n%%EOF\n".utf8)
        return out
    }

    /// 16 bytes that change whenever the file's content does (two FNV-1a hashes with different
    /// starting values): the file identifier PDF asks for, without the clock.
    private static func fingerprint(_ bytes: [UInt8]) -> [UInt8] {
        var first: UInt64 = 0xCBF2_9CE4_8422_2325, second: UInt64 = 0x8422_2325_CBF2_9CE4
        for byte in bytes {
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            second = (second ^ UInt64(byte ^ 0x5A)) &* 0x0000_0100_0000_01B3
        }
        return (0..<8).map { UInt8(truncatingIfNeeded: first >> ($0 * 8)) }
            + (0..<8).map { UInt8(truncatingIfNeeded: second >> ($0 * 8)) }
    }

    // MARK: Reading

    private func changedOrOriginal(_ number: Int) -> Changed? {
        if let change = changed[number] { return change }
        return original(number)
    }

    /// Object `number` as the file has it (or the file it was taken in from), with its stream's
    /// byte range when it is a stream.
    private func original(_ number: Int) -> Changed? {
        if number < offsets.count {
            guard let (value, stream) = Self.read(number, in: bytes, offsets: offsets, record: record) else { return nil }
            return Changed(value: value, stream: stream.map(StreamBytes.original))
        }
        guard dropped[number] == nil, let file = absorbedFile(holding: number) else { return nil }
        let source = absorbed[file]
        guard let (value, stream) = Self.read(number - source.shift, in: source.bytes, offsets: source.offsets, record: record) else {
            return nil
        }
        return Changed(value: value.renumbered(with: source.renumbering), stream: stream.map { .absorbed(file: file, range: $0) })
    }

    /// Object `number` of a file's `bytes` and where its stream's bytes are, if it is a stream.
    private static func read(
        _ number: Int, in bytes: [UInt8], offsets: [Int?], record: (String) -> Void
    ) -> (value: PDFValue, stream: Range<Int>?)? {
        guard number > 0, number < offsets.count, let offset = offsets[number] else { return nil }
        var syntax = PDFSyntax(bytes, at: offset)
        do throws(PDFSyntax.Failure) {
            guard syntax.unsignedInteger() == number, syntax.unsignedInteger() != nil else {
                throw syntax.failure("object \(number) is not where the cross-reference table says")
            }
            try syntax.expect("obj")
            let value = try syntax.value()
            let after = syntax.index
            guard syntax.word().elementsEqual("stream".utf8) else { return (value, nil) }
            var start = syntax.index
            if start < bytes.count, bytes[start] == 0x0D { start += 1 }
            if start < bytes.count, bytes[start] == 0x0A { start += 1 }
            var length = value["Length"]
            if let reference = length?.referenceValue, reference != number {
                length = read(reference, in: bytes, offsets: offsets, record: record)?.value
            }
            guard let count = length?.integerValue, count >= 0, start + count <= bytes.count else {
                throw PDFSyntax.Failure(reason: "stream \(number) has no usable /Length", offset: after)
            }
            return (value, start..<(start + count))
        } catch {
            record("\(error.reason) (object \(number), byte \(error.offset))")
            return nil
        }
    }

    /// Reads every cross-reference table from the last back, and returns where the last one starts.
    private func readCrossReferences() throws(PDFSyntax.Failure) -> Int {
        guard let start = Self.startOfTable(in: bytes) else {
            throw PDFSyntax.Failure(reason: "no cross-reference table (startxref) at the end", offset: bytes.count)
        }
        var position: Int? = start
        var seen = Set<Int>()
        while let table = position, seen.insert(table).inserted {
            var syntax = PDFSyntax(bytes, at: table)
            try syntax.expect("xref")
            while let first = syntax.unsignedInteger() {
                guard let count = syntax.unsignedInteger(), count <= bytes.count / 18 else {
                    throw syntax.failure("a cross-reference subsection has no usable count")
                }
                for number in first..<(first + count) {
                    guard let offset = syntax.unsignedInteger(), syntax.unsignedInteger() != nil else {
                        throw syntax.failure("a cross-reference entry is damaged")
                    }
                    let kind = syntax.word()
                    if number >= offsets.count { offsets += [Int?](repeating: nil, count: number + 1 - offsets.count) }
                    // A later table (read first) wins over an earlier one.
                    if offsets[number] == nil, kind.elementsEqual("n".utf8), offset < bytes.count, number > 0 {
                        offsets[number] = offset
                    }
                }
            }
            try syntax.expect("trailer")
            guard case .dictionary(let entries) = try syntax.value() else { throw syntax.failure("the trailer is not a dictionary") }
            for (key, value) in entries where trailer[key] == nil { trailer[key] = value }
            position = entries["Prev"]?.integerValue
        }
        guard trailer["Root"]?.referenceValue != nil else { throw PDFSyntax.Failure(reason: "the trailer names no catalog", offset: start) }
        return start
    }

    /// The byte where the last cross-reference table starts, from `startxref` near the end.
    private static func startOfTable(in bytes: [UInt8]) -> Int? {
        let keyword = Array("startxref".utf8)
        var position = bytes.count - keyword.count
        let earliest = max(0, bytes.count - 1024)
        while position >= earliest {
            if bytes[position] == keyword[0], bytes[position..<(position + keyword.count)].elementsEqual(keyword) {
                var syntax = PDFSyntax(bytes, at: position + keyword.count)
                guard let start = syntax.unsignedInteger(), start < bytes.count else { return nil }
                return start
            }
            position -= 1
        }
        return nil
    }
}

extension PDFValue {
    var dictionaryEntries: [String: PDFValue] {
        if case .dictionary(let entries) = self { entries } else { [:] }
    }
}

/// Values by object number, kept in an array: a file's object numbers run from 1 with few gaps, and
/// a dictionary hashed the number at every look-up, several for each object a long document has.
private struct ByNumber<Value> {
    private var values: [Value?] = []

    subscript(number: Int) -> Value? {
        get { number >= 0 && number < values.count ? values[number] : nil }
        set {
            if number >= values.count {
                guard newValue != nil else { return }
                values.append(contentsOf: repeatElement(nil, count: number - values.count + 1))
            }
            values[number] = newValue
        }
    }
}
