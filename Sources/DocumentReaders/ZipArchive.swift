import CZlib

/// The entries of a zip archive (a `.docx`), read from its central directory, and the contents of
/// one entry, inflated with zlib in a loop of our own that cannot run away.
///
/// ZIPFoundation's inflate loop asks for more input until zlib says the stream has ended: a stream
/// damaged so that it never ends (one flipped bit is enough) is fed empty chunks past the end of the
/// file forever, and `check` spins. Here the input is exactly the entry's compressed bytes, a call that
/// makes no progress is an error, and the output is capped by size and by compression ratio.
struct ZipArchive {
    struct Entry {
        let name: String
        let method: UInt16
        let checksum: UInt32
        let compressedSize: Int
        let uncompressedSize: Int
        let localHeaderOffset: Int
    }

    let file: InputFile
    let entries: [Entry]

    /// The end-of-central-directory record, its signature and its greatest distance from the end
    /// (22 bytes and a comment of at most 65,535).
    static let endRecordSize = 22
    static let endSearchSpan = endRecordSize + 0xFFFF

    init(file: InputFile) throws(ReadError) {
        self.file = file
        let path = file.path
        func damaged(_ reason: String) -> ReadError { .notADocx(path: path, reason: reason) }
        let tailLength = min(file.size, Self.endSearchSpan)
        let tail = try file.read(at: file.size - tailLength, count: tailLength)
        var end = tail.count - Self.endRecordSize
        while end >= 0 && !(tail[end] == 0x50 && tail[end + 1] == 0x4B && tail[end + 2] == 5 && tail[end + 3] == 6) { end -= 1 }
        guard end >= 0 else { throw damaged("it is not a zip archive") }
        let count = Int(Self.uint16(tail, end + 10))
        let directorySize = Int(Self.uint32(tail, end + 12))
        let directoryOffset = Int(Self.uint32(tail, end + 16))
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            throw .archiveTooLarge(path: path, limit: InputLimits.maximumExpandedBytes)  // ZIP64: over 4 GB
        }
        guard count <= InputLimits.maximumArchiveEntries else {
            throw damaged("it lists \(count) files; a Word document has at most a few hundred")
        }
        guard directoryOffset + directorySize <= file.size else { throw damaged("its list of files points past its end") }
        let directory = try file.read(at: directoryOffset, count: directorySize)
        var entries: [Entry] = []
        var position = 0
        var declared = 0
        for _ in 0..<count {
            guard position + 46 <= directory.count, Self.uint32(directory, position) == 0x0201_4B50 else {
                throw damaged("its list of files is damaged")
            }
            let nameLength = Int(Self.uint16(directory, position + 28))
            let extraLength = Int(Self.uint16(directory, position + 30))
            let commentLength = Int(Self.uint16(directory, position + 32))
            guard position + 46 + nameLength <= directory.count else { throw damaged("its list of files is damaged") }
            let entry = Entry(
                name: String(decoding: directory[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self),
                method: Self.uint16(directory, position + 10),
                checksum: Self.uint32(directory, position + 16),
                compressedSize: Int(Self.uint32(directory, position + 20)),
                uncompressedSize: Int(Self.uint32(directory, position + 24)),
                localHeaderOffset: Int(Self.uint32(directory, position + 42)))
            declared += entry.uncompressedSize
            if declared > InputLimits.maximumExpandedBytes {
                throw .archiveTooLarge(path: path, limit: InputLimits.maximumExpandedBytes)
            }
            entries.append(entry)
            position += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    subscript(name: String) -> Entry? { entries.first { $0.name == name } }

    /// The entry's contents, refused past `limit` bytes (as declared or as inflated), or past
    /// `InputLimits.maximumCompressionRatio` times its compressed size once over the ratio floor.
    func contents(of entry: Entry, limit: Int) throws(ReadError) -> [UInt8] {
        let path = file.path
        func damaged(_ reason: String) -> ReadError { .notADocx(path: path, reason: "\(entry.name) \(reason)") }
        guard entry.uncompressedSize <= limit else { throw .archiveTooLarge(path: path, limit: limit) }
        // Deflate adds at most a few bytes per 16 KB to data it cannot shrink: compressed data much
        // bigger than the limit cannot hold a part within it, and is not read into memory.
        guard entry.compressedSize <= limit + limit / 100 + 1024 else { throw .archiveTooLarge(path: path, limit: limit) }
        let header = try file.read(at: entry.localHeaderOffset, count: 30)
        guard header.count == 30, Self.uint32(header, 0) == 0x0403_4B50 else { throw damaged("is missing from the archive") }
        let dataOffset = entry.localHeaderOffset + 30 + Int(Self.uint16(header, 26)) + Int(Self.uint16(header, 28))
        guard dataOffset + entry.compressedSize <= file.size else { throw damaged("is cut short") }
        let compressed = try file.read(at: dataOffset, count: entry.compressedSize)
        guard compressed.count == entry.compressedSize else { throw damaged("is cut short") }
        let contents: [UInt8]
        switch entry.method {
        case 0: contents = compressed
        case 8: contents = try Self.inflate(compressed, limit: limit, path: path, name: entry.name)
        default: throw damaged("is compressed in a way Word never uses (method \(entry.method))")
        }
        guard contents.count == entry.uncompressedSize else { throw damaged("is damaged: its size is not the size the archive gives") }
        let checksum = contents.withUnsafeBufferPointer { buffer in
            UInt32(crc32(0, buffer.baseAddress, uInt(buffer.count)))
        }
        guard checksum == entry.checksum else { throw damaged("is damaged: its checksum does not match") }
        return contents
    }

    /// Raw deflate (as in zip) of exactly `input`, capped as `contents(of:limit:)` says.
    static func inflate(_ input: [UInt8], limit: Int, path: String, name: String) throws(ReadError) -> [UInt8] {
        func damaged(_ reason: String) -> ReadError { .notADocx(path: path, reason: "\(name) \(reason)") }
        let ratioLimit = max(InputLimits.compressionRatioFloor, input.count.multipliedReportingOverflow(by: InputLimits.maximumCompressionRatio).partialValue)
        let cap = min(limit, ratioLimit)
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw damaged("cannot be decompressed (zlib would not start)")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        let inputBuffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(input.count, 1))
        defer { inputBuffer.deallocate() }
        _ = inputBuffer.initialize(from: input)
        let chunk = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 16)
        defer { chunk.deallocate() }
        stream.next_in = inputBuffer.baseAddress
        stream.avail_in = uInt(input.count)
        while true {
            let before = (stream.avail_in, stream.total_out)
            stream.next_out = chunk.baseAddress
            stream.avail_out = uInt(chunk.count)
            let result = CZlib.inflate(&stream, Z_NO_FLUSH)
            let produced = chunk.count - Int(stream.avail_out)
            if output.count + produced > cap {
                if cap < limit {
                    throw damaged("would expand more than \(InputLimits.maximumCompressionRatio) times its compressed size; it may be damaged or built to cause harm")
                }
                throw .archiveTooLarge(path: path, limit: limit)
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<produced]))
            switch result {
            case Z_STREAM_END: return output
            case Z_OK, Z_BUF_ERROR:
                // No input left and no end of stream, or no progress at all: the data stops short.
                if before == (stream.avail_in, stream.total_out) || (stream.avail_in == 0 && produced < chunk.count) {
                    throw damaged("is cut short or damaged: its compressed data ends too soon")
                }
            default:
                throw damaged("is damaged: its compressed data is not valid")
            }
        }
    }

    static func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }

    static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}
