import Foundation

/// A plain grey PNG with a darker border, made without any graphics library: the fallback Word
/// requires beside an SVG picture (`asvg:svgBlip`). Word 2016 and later, and LibreOffice, draw the
/// SVG itself; only older versions of Word show this box, with the picture's alt text.
enum PlaceholderPNG {
    /// The longer side in pixels: the box is only a stand-in, so it is kept small.
    static let longerSide = 64

    /// A box with the picture's proportions (`width` by `height`, any unit).
    static func box(width: Int, height: Int) -> Data {
        let w = max(width, 1), h = max(height, 1)
        let scale = Double(longerSide) / Double(max(w, h))
        let pixelsWide = max(Int((Double(w) * scale).rounded()), 4)
        let pixelsHigh = max(Int((Double(h) * scale).rounded()), 4)
        var raw: [UInt8] = []
        raw.reserveCapacity((pixelsWide + 1) * pixelsHigh)
        for y in 0..<pixelsHigh {
            raw.append(0)  // filter type: none
            for x in 0..<pixelsWide {
                let edge = x < 2 || y < 2 || x >= pixelsWide - 2 || y >= pixelsHigh - 2
                raw.append(edge ? 0x70 : 0xEE)
            }
        }
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        // 8-bit greyscale, no interlace.
        let header = bigEndian(UInt32(pixelsWide)) + bigEndian(UInt32(pixelsHigh)) + [8, 0, 0, 0, 0]
        png += chunk("IHDR", header)
        png += chunk("IDAT", zlibStored(raw))
        png += chunk("IEND", [])
        return Data(png)
    }

    /// A zlib stream of stored (uncompressed) deflate blocks: valid everywhere and needs no library.
    static func zlibStored(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        let blockSize = 65_535  // the most one stored block can hold
        var offset = 0
        repeat {
            let count = min(blockSize, bytes.count - offset)
            let isLast = offset + count >= bytes.count
            out.append(isLast ? 1 : 0)
            out += [UInt8(count & 0xFF), UInt8(count >> 8), UInt8(~count & 0xFF), UInt8((~count >> 8) & 0xFF)]
            out += bytes[offset..<offset + count]
            offset += count
        } while offset < bytes.count
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return out + bigEndian(b << 16 | a)
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typeBytes = Array(type.utf8)
        return bigEndian(UInt32(data.count)) + typeBytes + data + bigEndian(crc32(typeBytes + data))
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
