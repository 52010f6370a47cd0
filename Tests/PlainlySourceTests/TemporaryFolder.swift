import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A fresh folder under the system's temporary folder, for sources with links, FIFOs and files
/// outside them, which cannot live in the repository. Removed when the test is done.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("plainly-source-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> URL {
        try write(relative, Data(text.utf8))
    }

    @discardableResult
    func write(_ relative: String, _ data: Data) throws -> URL {
        let file = path(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }

    /// A file of `size` bytes that takes no disk space (the rest is a hole of zero bytes).
    func sparse(_ relative: String, size: Int, firstBytes: [UInt8] = []) throws {
        let file = try write(relative, Data(firstBytes))
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: UInt64(size))
        try handle.close()
    }

    func link(_ relative: String, to target: URL) throws {
        let file = path(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: file, withDestinationURL: target)
    }

    func fifo(_ relative: String) throws {
        let file = path(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard mkfifo(file.path, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}

/// Small, valid pictures made in code.
enum SamplePictures {
    static let svg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="120" height="90" viewBox="0 0 120 90">\
        <rect width="120" height="90" fill="#1d70b8"/></svg>
        """

    /// A PNG header (signature and IHDR) claiming any size; enough for the header check.
    static func pngHeader(width: UInt32, height: UInt32) -> Data {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        bytes += Array("IHDR".utf8)
        bytes += bigEndian(width) + bigEndian(height) + [8, 6, 0, 0, 0]
        bytes += [0, 0, 0, 0]  // CRC, not checked here
        return Data(bytes)
    }

    /// A JPEG's start, an APP0 segment, and a baseline frame header (SOF0) claiming any size.
    static func jpegHeader(width: UInt16, height: UInt16, frame: Bool = true) -> Data {
        var bytes: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
        if frame {
            bytes += [0xFF, 0xC0, 0x00, 0x11, 8] + bigEndian16(height) + bigEndian16(width)
            bytes += [3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]
        }
        bytes += [0xFF, 0xDA, 0x00, 0x08, 1, 1, 0, 0, 0x3F, 0]
        return Data(bytes)
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    private static func bigEndian16(_ value: UInt16) -> [UInt8] { [UInt8(value >> 8), UInt8(value & 0xFF)] }
}
