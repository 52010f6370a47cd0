import Foundation
@testable import Readability
import Testing

/// `ByteSpool`: bytes kept for a report until it can write them, in memory up to a limit and then in
/// an unlinked temporary file, read back exactly as appended.
@Suite struct ByteSpoolTests {
    /// Bytes that differ from place to place, so a run read from the wrong place shows.
    static func pattern(_ count: Int, from start: Int) -> [UInt8] {
        (start..<(start + count)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
    }

    static func readAll(_ spool: ByteSpool, _ range: Range<Int>) -> [UInt8] {
        var bytes: [UInt8] = []
        spool.read(range) { bytes.append(contentsOf: $0) }
        return bytes
    }

    @Test func aShortReportStaysInMemory() {
        let spool = ByteSpool()
        spool.append(Self.pattern(1000, from: 0))
        #expect(!spool.usesFile)
        #expect(spool.count == 1000)
        #expect(Self.readAll(spool, 0..<1000) == Self.pattern(1000, from: 0))
    }

    @Test func aLongOneGoesToAFileAndReadsBackTheSame() {
        let spool = ByteSpool(memoryLimit: 10_000)
        var all: [UInt8] = []
        for size in [3000, 9000, 1, 70_000, 200_000, 5, 12_345] {
            let piece = Self.pattern(size, from: all.count)
            spool.append(piece)
            all += piece
            #expect(spool.bytesInMemory <= 10_000 + ByteSpool.fileRun + size)
        }
        #expect(spool.usesFile)
        #expect(spool.count == all.count)
        #expect(Self.readAll(spool, 0..<all.count) == all)
        // Ranges across the file's end and memory's start, and inside each.
        for range in [0..<1, 2999..<3001, 5000..<150_000, 100_000..<all.count, (all.count - 10)..<all.count, 7..<7] {
            #expect(Self.readAll(spool, range) == Array(all[range]), "\(range)")
        }
        #expect(spool.readFailure == nil)
    }

    @Test func runsHandedOnAreAtMostARunLong() {
        let spool = ByteSpool(memoryLimit: 1000)
        spool.append(Self.pattern(300_000, from: 0))
        var largest = 0
        spool.read(0..<300_000) { largest = max(largest, $0.count) }
        #expect(largest <= ByteSpool.fileRun)
    }

    /// A temporary folder that cannot be used: the bytes stay in memory and the report is still right.
    @Test func withNoTemporaryFileTheBytesStayInMemory() {
        let spool = ByteSpool(folder: "/nonexistent-plainly-folder", memoryLimit: 1000)
        let bytes = Self.pattern(50_000, from: 0)
        spool.append(bytes)
        spool.append(bytes)
        #expect(!spool.usesFile)
        #expect(spool.bytesInMemory == 100_000)
        #expect(Self.readAll(spool, 0..<100_000) == bytes + bytes)
    }

    /// The file is unlinked as soon as it is made: nothing is left in the folder, even while in use.
    @Test func theTemporaryFileLeavesNothingBehind() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plainly-spool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let spool = ByteSpool(folder: folder.path, memoryLimit: 100)
        spool.append(Self.pattern(100_000, from: 0))
        #expect(spool.usesFile)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
