import CLame
import Foundation

/// The ID3v2 tags one MP3 file carries: a player shows "3/7 Hard words – Our guide".
public struct MP3Tags: Sendable, Equatable {
    public var title: String
    /// The document's title, so a player groups the files as one recording.
    public var album: String
    public var track: Int
    public var trackCount: Int

    public init(title: String, album: String, track: Int, trackCount: Int) {
        self.title = title
        self.album = album
        self.track = track
        self.trackCount = trackCount
    }
}

/// Why audio could not be encoded or decoded.
public struct MP3Error: Error, Sendable, Equatable {
    public var message: String
}

/// LAME, wrapped once: 16-bit mono samples in, an MP3 file (ID3v2 tag first) out. No LAME type or
/// pointer leaves this file. One encoder makes one file; encoders share nothing, so several may run
/// at once on different threads.
public final class MP3Encoder {
    /// Constant bit rate, in kbit/s: clear speech from a 22 kHz voice, and every frame the same
    /// length, so a file's duration follows from its size and players seek exactly.
    public static let bitRate = 48

    private let handle: OpaquePointer
    private var mp3 = Data()
    private var finished = false

    public init(sampleRate: Int, tags: MP3Tags) throws(MP3Error) {
        guard let made = lame_init() else { throw MP3Error(message: "LAME could not start (out of memory)") }
        handle = made
        lame_set_in_samplerate(handle, Int32(sampleRate))
        lame_set_out_samplerate(handle, Int32(sampleRate))
        lame_set_num_channels(handle, 1)
        lame_set_mode(handle, MONO)
        lame_set_brate(handle, Int32(Self.bitRate))
        lame_set_VBR(handle, vbr_off)
        // No Xing/LAME frame at the start: it must be rewritten once the length is known, which an
        // encoder writing into memory cannot do; constant bit rate needs none.
        lame_set_bWriteVbrTag(handle, 0)
        lame_set_quality(handle, 5)
        id3tag_init(handle)
        id3tag_v2_only(handle)
        Self.setText(handle, "TIT2", tags.title)
        Self.setText(handle, "TALB", tags.album)
        Self.setText(handle, "TRCK", "\(tags.track)/\(tags.trackCount)")
        guard lame_init_params(handle) >= 0 else {
            lame_close(handle)
            throw MP3Error(message: "LAME refused the settings (\(sampleRate) Hz mono at \(Self.bitRate) kbit/s)")
        }
    }

    deinit { lame_close(handle) }

    /// Encodes more samples; the MP3 grows as frames fill.
    public func append(_ samples: [Int16]) throws(MP3Error) {
        guard !samples.isEmpty else { return }
        precondition(!finished, "append after finish")
        // LAME's own bound on the output for a block of input (lame.h), for MPEG-2 at worst.
        let capacity = samples.count * 5 / 4 + 7200
        var buffer = [UInt8](repeating: 0, count: capacity)
        let written = samples.withUnsafeBufferPointer { pcm in
            lame_encode_buffer(handle, pcm.baseAddress, pcm.baseAddress, Int32(pcm.count), &buffer, Int32(capacity))
        }
        guard written >= 0 else { throw MP3Error(message: "LAME could not encode the audio (error \(written))") }
        mp3.append(contentsOf: buffer.prefix(Int(written)))
    }

    /// Flushes the last frames and returns the whole file.
    public func finish() throws(MP3Error) -> Data {
        precondition(!finished, "finish twice")
        finished = true
        var buffer = [UInt8](repeating: 0, count: 7200)
        let written = lame_encode_flush(handle, &buffer, Int32(buffer.count))
        guard written >= 0 else { throw MP3Error(message: "LAME could not finish the audio (error \(written))") }
        mp3.append(contentsOf: buffer.prefix(Int(written)))
        return mp3
    }

    /// ID3v2 text as UTF-16 with its byte-order mark, which LAME requires, so any title survives.
    private static func setText(_ handle: OpaquePointer, _ frame: String, _ text: String) {
        let utf16 = [0xFEFF] + Array(text.utf16) + [0]
        _ = utf16.withUnsafeBufferPointer { id3tag_set_textinfo_utf16(handle, frame, $0.baseAddress) }
    }
}

/// LAME's decoder (hip), for checking what was encoded: an MP3 file in, its samples out.
public enum MP3Decoder {
    public struct Decoded: Sendable {
        public var samples: [Int16]
        public var sampleRate: Int
        public var frames: Int
    }

    public static func decode(_ file: Data) throws(MP3Error) -> Decoded {
        guard let hip = hip_decode_init() else { throw MP3Error(message: "LAME's decoder could not start") }
        defer { hip_decode_exit(hip) }
        var bytes = [UInt8](file.dropFirst(id3v2Length(file)))
        var left = [Int16](repeating: 0, count: 1152)
        var right = [Int16](repeating: 0, count: 1152)
        var header = mp3data_struct()
        var decoded = Decoded(samples: [], sampleRate: 0, frames: 0)
        let chunk = 1024
        var offset = 0
        while offset < bytes.count {
            let length = min(chunk, bytes.count - offset)
            var count = bytes.withUnsafeMutableBufferPointer {
                hip_decode1_headers(hip, $0.baseAddress! + offset, length, &left, &right, &header)
            }
            offset += length
            while count != 0 {
                guard count > 0 else { throw MP3Error(message: "the MP3 data is damaged near byte \(offset)") }
                decoded.samples += left.prefix(Int(count))
                decoded.frames += 1
                // Nothing new in: hands back the next frame already buffered, or 0.
                count = bytes.withUnsafeMutableBufferPointer {
                    hip_decode1_headers(hip, $0.baseAddress! + offset - length, 0, &left, &right, &header)
                }
            }
        }
        if header.header_parsed == 1 { decoded.sampleRate = Int(header.samplerate) }
        return decoded
    }

    /// The length of an ID3v2 tag at the start (its 10-byte header and its synchsafe size), or 0.
    public static func id3v2Length(_ file: Data) -> Int {
        let bytes = [UInt8](file.prefix(10))
        guard bytes.count == 10, bytes[0] == 0x49, bytes[1] == 0x44, bytes[2] == 0x33 else { return 0 }
        let size = bytes[6...9].reduce(0) { $0 << 7 | Int($1 & 0x7F) }
        return 10 + size
    }
}
