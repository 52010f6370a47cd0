#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

import PlainlyFiles

/// A file opened for reading by a `DocumentReaders` reader: a `RegularFile` (only a regular file, opened
/// without waiting, read within a budget), with its failures said as `ReadError`s naming the file.
public final class InputFile {
    /// As the user named it, for messages.
    let path: String
    /// The size when it was opened.
    var size: Int { file.size }
    private let file: RegularFile

    /// Opens `fileSystemPath`, which must be a regular file (after symbolic links) of at most
    /// `budget` bytes.
    public init(fileSystemPath: String, shownAs path: String, budget: Int = InputLimits.maximumInputBytes) throws(ReadError) {
        self.path = path
        do { file = try RegularFile(path: fileSystemPath, budget: budget) } catch { throw Self.readError(error, path) }
    }

    static func readError(_ failure: RegularFile.Failure, _ path: String) -> ReadError {
        switch failure {
        case .notARegularFile: .notAFile(path: path)
        case .tooLarge(_, let limit): .tooLarge(path: path, limit: limit)
        case .notFound, .unreadable: .cannotRead(path: path, reason: failure.reason)
        }
    }

    /// Up to `count` bytes from `offset` (fewer only at the end of the file).
    func read(at offset: Int, count: Int) throws(ReadError) -> [UInt8] {
        do { return try file.read(at: offset, count: count) } catch { throw Self.readError(error, path) }
    }

    /// The whole file, refused when it holds more than `budget` bytes (it may have grown since it was opened).
    public func readAll(budget: Int = InputLimits.maximumInputBytes) throws(ReadError) -> [UInt8] {
        do { return try file.readAll(budget: budget) } catch { throw Self.readError(error, path) }
    }

    /// The file in chunks of `chunkSize` bytes, at most `budget` in all: past that the chunks stop and
    /// `failure` says why, as it does for a read that fails.
    public final class Chunks: IteratorProtocol {
        let file: InputFile
        let chunkSize: Int
        let budget: Int
        private var offset = 0
        public private(set) var failure: ReadError?

        public init(_ file: InputFile, chunkSize: Int = 1 << 15, budget: Int = InputLimits.maximumInputBytes) {
            self.file = file
            self.chunkSize = chunkSize
            self.budget = budget
        }

        public func next() -> [UInt8]? {
            guard failure == nil else { return nil }
            do {
                let chunk = try file.read(at: offset, count: chunkSize)
                guard !chunk.isEmpty else { return nil }
                offset += chunk.count
                if offset > budget {
                    failure = .tooLarge(path: file.path, limit: budget)
                    return nil
                }
                return chunk
            } catch {
                failure = error
                return nil
            }
        }
    }
}
