import CZlib

/// PDF's FlateDecode (zlib format) for the post-pass: every zlib call is here, and no zlib type
/// leaves this file.
enum Flate {
    /// A content stream Plainly drew holds a page of text and rules: a few hundred kilobytes at
    /// most. This cap only stops a damaged stream from growing without end.
    static let largestInflatedStream = 256 << 20

    struct Failure: Error {
        var reason: String
    }

    /// Decompresses zlib data.
    static func inflate(_ input: ArraySlice<UInt8>) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure(reason: "zlib would not start")
        }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: max(4096, input.count * 4))
        var produced = 0
        let result: Int32 = input.withUnsafeBufferPointer { source in
            stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.avail_in = uInt(source.count)
            while true {
                if produced == output.count {
                    guard output.count < largestInflatedStream else { return Z_MEM_ERROR }
                    output += [UInt8](repeating: 0, count: output.count)
                }
                let status: Int32 = output.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress! + produced
                    stream.avail_out = uInt(target.count - produced)
                    let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    produced = target.count - Int(stream.avail_out)
                    return status
                }
                switch status {
                case Z_STREAM_END: return Z_STREAM_END
                case Z_OK: continue
                case Z_BUF_ERROR where stream.avail_out == 0: continue
                default: return status
                }
            }
        }
        switch result {
        case Z_STREAM_END:
            output.removeSubrange(produced...)
            return output
        case Z_MEM_ERROR: throw Failure(reason: "a stream inflates past \(largestInflatedStream >> 20) MB")
        default: throw Failure(reason: "a compressed stream is damaged (zlib status \(result))")
        }
    }

    /// Compresses at zlib's default level, as Cairo does.
    static func deflate(_ input: [UInt8]) -> [UInt8] {
        var length = compressBound(uLong(input.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = output.withUnsafeMutableBufferPointer { target in
            input.withUnsafeBufferPointer { source in
                compress2(target.baseAddress, &length, source.baseAddress, uLong(source.count), Z_DEFAULT_COMPRESSION)
            }
        }
        // compressBound is enough room by zlib's own promise, so compress2 cannot fail here.
        precondition(status == Z_OK, "zlib compress2 failed with room from compressBound")
        output.removeSubrange(Int(length)...)
        return output
    }
}
