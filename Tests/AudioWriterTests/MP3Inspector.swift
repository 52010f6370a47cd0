import Foundation

/// Reads an MP3 file the way a player does, independently of LAME: the ID3v2 tag's text frames,
/// then every audio frame from one sync word to the next, so a file that is not a clean run of
/// frames is caught.
struct MP3Inspector {
    var tags: [String: String] = [:]
    var frames = 0
    var samples = 0
    var sampleRate = 0
    /// Why the frames could not be walked to the end of the file, if they could not.
    var problem: String?

    var seconds: Double { sampleRate == 0 ? 0 : Double(samples) / Double(sampleRate) }

    init(_ data: Data) {
        let bytes = [UInt8](data)
        var offset = 0
        if bytes.count >= 10, bytes[0] == 0x49, bytes[1] == 0x44, bytes[2] == 0x33 {
            let size = bytes[6...9].reduce(0) { $0 << 7 | Int($1 & 0x7F) }
            tags = Self.textFrames(Array(bytes[10..<min(bytes.count, 10 + size)]), major: Int(bytes[3]))
            offset = 10 + size
        }
        while offset < bytes.count {
            guard offset + 4 <= bytes.count, bytes[offset] == 0xFF, bytes[offset + 1] & 0xE0 == 0xE0 else {
                problem = "no frame sync at byte \(offset) of \(bytes.count)"
                return
            }
            guard let frame = Self.frame(bytes[offset + 1], bytes[offset + 2]) else {
                problem = "a bad frame header at byte \(offset)"
                return
            }
            if sampleRate == 0 { sampleRate = frame.sampleRate }
            guard frame.sampleRate == sampleRate else {
                problem = "the sample rate changes at byte \(offset)"
                return
            }
            frames += 1
            samples += frame.samples
            offset += frame.length
        }
        if offset > bytes.count { problem = "the last frame is cut short" }
    }

    private static func frame(_ b1: UInt8, _ b2: UInt8) -> (length: Int, samples: Int, sampleRate: Int)? {
        let version = (b1 >> 3) & 0x3  // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5
        let layer = (b1 >> 1) & 0x3  // 1: Layer III
        guard version != 1, layer == 1 else { return nil }
        let bitRates = version == 3
            ? [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320]
            : [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160]
        let rates = version == 3 ? [44100, 48000, 32000] : version == 2 ? [22050, 24000, 16000] : [11025, 12000, 8000]
        let bitIndex = Int(b2 >> 4), rateIndex = Int((b2 >> 2) & 0x3), padding = Int((b2 >> 1) & 0x1)
        guard bitIndex > 0, bitIndex < 15, rateIndex < 3 else { return nil }
        let perFrame = version == 3 ? 1152 : 576
        let length = perFrame / 8 * bitRates[bitIndex] * 1000 / rates[rateIndex] + padding
        return (length, perFrame, rates[rateIndex])
    }

    /// The text frames (TIT2, TALB, TRCK…) of an ID3v2.3 or 2.4 tag.
    private static func textFrames(_ tag: [UInt8], major: Int) -> [String: String] {
        var frames: [String: String] = [:]
        var offset = 0
        while offset + 10 <= tag.count, tag[offset] != 0 {
            let id = String(decoding: tag[offset..<offset + 4], as: UTF8.self)
            let sizeBytes = tag[offset + 4..<offset + 8]
            let size = major == 4
                ? sizeBytes.reduce(0) { $0 << 7 | Int($1 & 0x7F) } : sizeBytes.reduce(0) { $0 << 8 | Int($1) }
            let body = Array(tag[min(offset + 10, tag.count)..<min(offset + 10 + size, tag.count)])
            offset += 10 + size
            guard id.hasPrefix("T"), let encoding = body.first else { continue }
            let text = Array(body.dropFirst())
            var value: String?
            switch encoding {
            case 0: value = String(bytes: text, encoding: .isoLatin1)
            case 1: value = String(bytes: text, encoding: .utf16)
            case 2: value = String(bytes: text, encoding: .utf16BigEndian)
            default: value = String(bytes: text, encoding: .utf8)
            }
            frames[id] = value?.trimmingCharacters(in: CharacterSet(charactersIn: "\0"))
        }
        return frames
    }
}

/// Sound as numbers a test can check, and as a WAV file PocketSphinx can read.
enum PCM {
    /// The root mean square of the samples, on a 0…32767 scale.
    static func rms(_ samples: ArraySlice<Int16>) -> Double {
        guard !samples.isEmpty else { return 0 }
        let sum = samples.reduce(0.0) { $0 + Double($1) * Double($1) }
        return (sum / Double(samples.count)).squareRoot()
    }

    /// To 16 kHz, the rate PocketSphinx's English model was trained at: a low-pass (a short
    /// windowed-sinc at 7.2 kHz) against aliasing, then linear interpolation.
    static func resample(_ samples: [Int16], from rate: Int, to target: Int) -> [Int16] {
        let cutoff = 7200.0 / Double(rate)
        let half = 16
        let taps = (-half...half).map { n -> Double in
            let x = Double(n)
            let sinc = n == 0 ? 2 * cutoff : sin(2 * .pi * cutoff * x) / (.pi * x)
            return sinc * (0.54 + 0.46 * cos(.pi * x / Double(half)))
        }
        let input = samples.map(Double.init)
        var filtered = [Double](repeating: 0, count: samples.count)
        input.withUnsafeBufferPointer { source in
            taps.withUnsafeBufferPointer { taps in
                for index in half..<max(half, source.count - half) {
                    var sum = 0.0
                    for k in 0..<taps.count { sum += taps[k] * source[index + k - half] }
                    filtered[index] = sum
                }
            }
        }
        let count = samples.count * target / rate
        return (0..<count).map { index in
            let position = Double(index) * Double(rate) / Double(target)
            let low = Int(position), fraction = position - Double(low)
            let next = min(low + 1, filtered.count - 1)
            let value = filtered[low] * (1 - fraction) + filtered[next] * fraction
            return Int16(max(-32768, min(32767, value.rounded())))
        }
    }

    /// A 16-bit mono RIFF WAVE file.
    static func wav(_ samples: [Int16], rate: Int) -> Data {
        var data = Data()
        func append<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        data.append(contentsOf: Array("RIFF".utf8))
        append(UInt32(36 + samples.count * 2))
        data.append(contentsOf: Array("WAVEfmt ".utf8))
        append(UInt32(16)); append(UInt16(1)); append(UInt16(1))
        append(UInt32(rate)); append(UInt32(rate * 2)); append(UInt16(2)); append(UInt16(16))
        data.append(contentsOf: Array("data".utf8))
        append(UInt32(samples.count * 2))
        for sample in samples { append(sample) }
        return data
    }
}
