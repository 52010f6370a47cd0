import Foundation
import PlainlyModel

/// Decides what a picture file is from its content, and how big it is, before anything decodes it.
///
/// A PNG needs its signature and an `IHDR` chunk; a JPEG its start marker and a frame header
/// (`SOFn`) giving its size; a GIF its header; a WebP its `VP8 `, `VP8L` or `VP8X` chunk; an SVG must
/// be well-formed XML that refers to nothing outside itself (`SVGInspector`). The pixel size is
/// checked against `SourceLimits` here, so a small file that claims a huge size is never decoded.
enum PictureInspector {
    struct Found: Equatable {
        var format: PictureFormat
        var width: Int
        var height: Int
    }

    static func inspect(_ data: Data) -> Result<Found, PictureProblem> {
        let bytes = [UInt8](data.prefix(64 * 1024))
        let found: Found?
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            found = png(bytes)
            if found == nil { return .failure(.notAPicture(reason: "the PNG has no valid header (IHDR)")) }
        } else if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
            found = jpeg(Array(data))
            if found == nil { return .failure(.notAPicture(reason: "the JPEG has no frame header giving its size")) }
        } else if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) {
            found = gif(bytes)
            if found == nil { return .failure(.notAPicture(reason: "the GIF has no valid header")) }
        } else if bytes.starts(with: Array("RIFF".utf8)), bytes.count >= 12, Array(bytes[8..<12]) == Array("WEBP".utf8) {
            found = webp(bytes)
            if found == nil { return .failure(.notAPicture(reason: "the WebP has no valid header")) }
        } else {
            switch SVGInspector.inspect(data) {
            case .success(let size): found = Found(format: .svg, width: size.width, height: size.height)
            case .failure(let problem): return .failure(problem)
            }
        }
        guard let found else { return .failure(.notAPicture(reason: "it is not a PNG, JPEG, GIF, WebP or SVG picture")) }
        return checkSize(found)
    }

    /// Refuses sizes no document needs, before any decoder allocates memory for them.
    static func checkSize(_ found: Found) -> Result<Found, PictureProblem> {
        // SVG draws as lines and shapes: `SVGInspector` judges the size it states itself.
        guard found.format != .svg else { return .success(found) }
        let side = SourceLimits.maximumPictureSide
        if found.width > side || found.height > side {
            return .failure(.notAPicture(reason:
                "it is \(found.width) × \(found.height) pixels; a picture may be at most \(side) pixels on a side"))
        }
        if found.width * found.height > SourceLimits.maximumPicturePixels {
            return .failure(.notAPicture(reason:
                "it is \(found.width) × \(found.height) pixels; a picture may have at most "
                    + "\(SourceLimits.maximumPicturePixels / 1_000_000) million pixels"))
        }
        return .success(found)
    }

    // MARK: Raster headers

    private static func bigEndian(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> Int {
        (offset..<offset + count).reduce(0) { $0 << 8 | Int(bytes[$1]) }
    }

    private static func littleEndian(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> Int {
        (offset..<offset + count).reversed().reduce(0) { $0 << 8 | Int(bytes[$1]) }
    }

    /// The first chunk must be a 13-byte `IHDR`: width, height, bit depth, colour type, …
    static func png(_ bytes: [UInt8]) -> Found? {
        guard bytes.count >= 33, bigEndian(bytes, 8, 4) == 13, Array(bytes[12..<16]) == Array("IHDR".utf8) else {
            return nil
        }
        let width = bigEndian(bytes, 16, 4), height = bigEndian(bytes, 20, 4)
        let depth = bytes[24], colour = bytes[25]
        guard width > 0, height > 0, [1, 2, 4, 8, 16].contains(depth), [0, 2, 3, 4, 6].contains(colour) else {
            return nil
        }
        return Found(format: .png, width: width, height: height)
    }

    /// Walks the marker segments up to the first frame header (`SOF0`–`SOF15` but `DHT`, `JPG`
    /// and `DAC`), which holds the height and width.
    static func jpeg(_ bytes: [UInt8]) -> Found? {
        var index = 2
        while index + 1 < bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            var marker = bytes[index + 1]
            index += 2
            // Any number of 0xFF fill bytes may come before a marker.
            while marker == 0xFF, index < bytes.count {
                marker = bytes[index]
                index += 1
            }
            if marker == 0x01 || (0xD0...0xD7).contains(marker) { continue }  // no length
            if marker == 0xD9 || marker == 0xDA { return nil }  // end, or image data before any frame
            guard index + 1 < bytes.count else { return nil }
            let length = bigEndian(bytes, index, 2)
            guard length >= 2 else { return nil }
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                guard length >= 7, index + 6 < bytes.count else { return nil }
                let height = bigEndian(bytes, index + 3, 2), width = bigEndian(bytes, index + 5, 2)
                // A height of 0 means "given later" (DNL), which no decoder here handles safely.
                guard width > 0, height > 0 else { return nil }
                return Found(format: .jpeg, width: width, height: height)
            }
            index += length
        }
        return nil
    }

    /// The logical screen size follows the six-byte signature.
    static func gif(_ bytes: [UInt8]) -> Found? {
        guard bytes.count >= 13 else { return nil }
        let width = littleEndian(bytes, 6, 2), height = littleEndian(bytes, 8, 2)
        guard width > 0, height > 0 else { return nil }
        return Found(format: .gif, width: width, height: height)
    }

    /// The first chunk after `WEBP` says which kind it is and where its size is.
    static func webp(_ bytes: [UInt8]) -> Found? {
        guard bytes.count >= 30 else { return nil }
        let chunk = String(decoding: bytes[12..<16], as: UTF8.self)
        let width: Int, height: Int
        switch chunk {
        case "VP8 ":
            // A key frame: start code 9D 01 2A, then 14-bit width and height.
            guard Array(bytes[23..<26]) == [0x9D, 0x01, 0x2A] else { return nil }
            width = littleEndian(bytes, 26, 2) & 0x3FFF
            height = littleEndian(bytes, 28, 2) & 0x3FFF
        case "VP8L":
            guard bytes[20] == 0x2F else { return nil }
            let bits = littleEndian(bytes, 21, 4)
            width = (bits & 0x3FFF) + 1
            height = ((bits >> 14) & 0x3FFF) + 1
        case "VP8X":
            width = littleEndian(bytes, 24, 3) + 1
            height = littleEndian(bytes, 27, 3) + 1
        default:
            return nil
        }
        guard width > 0, height > 0 else { return nil }
        return Found(format: .webp, width: width, height: height)
    }
}
