import Foundation
import ZIPFoundation

/// Zips a Word file's parts in memory, the same bytes every time: parts in the order given
/// (`[Content_Types].xml` first, as Word writes it), one fixed timestamp, fixed permissions.
enum DocxPackage {
    /// Zip entries carry a local date and time; this fixed one (noon on 1 January 2000, clear of
    /// any time zone's day boundary and of zip's 1980 epoch) stands in for the clock.
    static let fixedDate = Date(timeIntervalSince1970: 946_728_000)

    struct Failure: Error {
        var reason: String
    }

    static func zip(_ parts: [(path: String, bytes: [UInt8])]) throws(Failure) -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            for part in parts {
                let data = Data(part.bytes)
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixedDate,
                    permissions: 0o644, compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw Failure(reason: "the zip archive was not kept in memory") }
            return data
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(reason: "the zip archive could not be made (\(error))")
        }
    }
}
