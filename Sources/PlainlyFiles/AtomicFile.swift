import Foundation

/// One file written whole or not at all: the bytes go to a hidden file beside the destination, which
/// is then renamed over it, so a reader (or a crash) never sees half a report.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL, shown: String) throws(FileWriteError) {
        let writer = try AtomicFileWriter(to: url, shown: shown)
        writer.write(data)
        try writer.commit()
    }
}
