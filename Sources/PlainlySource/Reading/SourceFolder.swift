import Foundation
import PlainlyFiles

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The closed world a source lives in: the folder that holds it, and any folder the user allowed
/// explicitly. Every part and picture a source names must be, after following symbolic links, an
/// ordinary file inside one of them; nothing else is ever opened.
public struct SourceFolder: Sendable {
    /// Why a named file is not read.
    public enum Refusal: Error, Equatable, Sendable {
        /// After `..` and symbolic links, the path leads outside every allowed folder.
        case outside
        case notFound
        /// A folder, FIFO, socket or device: never opened, so a FIFO cannot make the reader wait.
        case notARegularFile
        case tooLarge(bytes: Int, limit: Int)
        case unreadable(reason: String)
    }

    /// The folder paths are relative to, as given.
    public let base: URL
    /// Real paths (symbolic links resolved) of the folders files may come from.
    let roots: [String]
    /// The same folders as written, with `.` and `..` taken out, for judging a path before it exists.
    let lexicalRoots: [String]

    /// - Parameter allowedRoots: more folders, beyond `base`, that parts and pictures may come from
    ///   (for a folder of shared pictures the user names with an explicit option).
    public init(base: URL, allowedRoots: [URL] = []) {
        self.base = base
        roots = ([base] + allowedRoots).map { Self.realPath($0.path) ?? $0.standardizedFileURL.path }
        lexicalRoots = ([base] + allowedRoots).map { $0.standardizedFileURL.path }
    }

    /// The real path of `relative` (a path relative to `base`, or absolute), if it is inside.
    public func confine(_ relative: String) -> Result<String, Refusal> {
        let joined = relative.hasPrefix("/") ? relative : base.appendingPathComponent(relative).path
        // `../secret.md` is outside whether or not it exists: say so rather than "not found".
        let lexical = URL(fileURLWithPath: joined).standardizedFileURL.path
        guard (lexicalRoots + roots).contains(where: { Self.isInside(lexical, root: $0) }) else {
            return .failure(.outside)
        }
        // A link that points nowhere is as missing as no file at all.
        guard let real = Self.realPath(joined) else { return .failure(.notFound) }
        return roots.contains { Self.isInside(real, root: $0) } ? .success(real) : .failure(.outside)
    }

    /// The bytes of `relative`, if it is an ordinary file inside and no larger than `limit`.
    public func read(_ relative: String, limit: Int) -> Result<Data, Refusal> {
        switch confine(relative) {
        case .failure(let refusal): .failure(refusal)
        case .success(let real): Self.readRegularFile(atRealPath: real, limit: limit)
        }
    }

    /// Opens without blocking and without following a last link (the path is already real), checks
    /// that it is an ordinary file of at most `limit` bytes, then reads it (`RegularFile`).
    static func readRegularFile(atRealPath path: String, limit: Int) -> Result<Data, Refusal> {
        do {
            let file = try RegularFile(path: path, followsLinks: false, budget: limit)
            return .success(Data(try file.readAll(budget: limit)))
        } catch {
            switch error {
            case .notFound: return .failure(.notFound)
            case .notARegularFile: return .failure(.notARegularFile)
            case .tooLarge(let bytes, let limit): return .failure(.tooLarge(bytes: bytes, limit: limit))
            case .unreadable: return .failure(.unreadable(reason: error.reason))
            }
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isInside(_ path: String, root: String) -> Bool {
        if root == "/" { return path.hasPrefix("/") }
        return path == root || path.hasPrefix(root + "/")
    }
}
