import Foundation

/// The picture formats every current browser shows, recognised by their first bytes rather than the
/// file name, so that a file named `.png` that is not a picture never reaches the page.
enum PictureFormat: String, Sendable, CaseIterable {
    case png, jpeg, gif, webp, svg

    var mediaType: String {
        switch self {
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        case .gif: "image/gif"
        case .webp: "image/webp"
        case .svg: "image/svg+xml"
        }
    }

    var fileExtension: String { self == .jpeg ? "jpg" : rawValue }

    init?(sniffing data: Data) {
        let head = [UInt8](data.prefix(16))
        func starts(_ bytes: [UInt8], at offset: Int = 0) -> Bool {
            head.count >= offset + bytes.count && Array(head[offset..<offset + bytes.count]) == bytes
        }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            self = .png
        } else if starts([0xFF, 0xD8, 0xFF]) {
            self = .jpeg
        } else if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) {
            self = .gif
        } else if starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8) {
            self = .webp
        } else if PictureFormat.looksLikeSVG(data) {
            self = .svg
        } else {
            return nil
        }
    }

    /// SVG is text: an `<svg` element near the start, after any XML declaration, comments or doctype.
    private static func looksLikeSVG(_ data: Data) -> Bool {
        let head = data.prefix(4096)
        guard let text = String(data: head, encoding: .utf8) ?? String(data: head.dropLast(3), encoding: .utf8) else {
            return false
        }
        return text.range(of: "<svg", options: [.caseInsensitive]) != nil
    }
}
