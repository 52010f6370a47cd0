import Foundation
import PlainlyModel

/// Writes rendered outputs so that a reader of the output folder never sees a half-written file:
/// everything is staged in a hidden folder beside the destination, then renamed into place.
///
/// Sources are never touched: the writer refuses a destination inside the source's own files.
struct AtomicOutputWriter {
    let directory: URL
    private let fileManager = FileManager.default

    init(directory: URL) {
        self.directory = directory
    }

    /// Writes each output, staged first; returns the paths written, relative to `directory`.
    func write(_ outputs: [(OutputDestination, RenderedOutput)]) throws(PlainlyError) -> [String] {
        let staging = directory.appendingPathComponent(".plainly-staging-\(UUID().uuidString)")
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: directory.path, reason: Self.reason(error))
        }
        defer { try? fileManager.removeItem(at: staging) }

        // Stage everything first: if any write fails, nothing in the output folder has changed.
        for (destination, output) in outputs {
            try stage(output, as: destination, in: staging)
        }
        var written: [String] = []
        for (destination, output) in outputs {
            try moveIntoPlace(destination, from: staging)
            switch destination {
            case .file(let name): written.append(name)
            case .folder(let name): written += output.files.map { "\(name)/\($0.path)" }
            }
        }
        return written
    }

    private func stage(_ output: RenderedOutput, as destination: OutputDestination, in staging: URL) throws(PlainlyError) {
        switch destination {
        case .file(let name):
            guard let file = output.files.first else { return }
            try writeFile(file.contents, to: staging.appendingPathComponent(name))
        case .folder(let name):
            let folder = staging.appendingPathComponent(name)
            for file in output.files {
                guard Self.isSafeRelativePath(file.path) else {
                    throw .cannotWrite(path: file.path, reason: "an output path must stay inside its folder")
                }
                try writeFile(file.contents, to: folder.appendingPathComponent(file.path))
            }
        }
    }

    private func writeFile(_ data: Data, to url: URL) throws(PlainlyError) {
        do {
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        } catch {
            throw .cannotWrite(path: url.path, reason: Self.reason(error))
        }
    }

    /// rename(2) replaces a file atomically; a folder is swapped with its old version, then the old one removed.
    private func moveIntoPlace(_ destination: OutputDestination, from staging: URL) throws(PlainlyError) {
        let staged = staging.appendingPathComponent(destination.name)
        let final = directory.appendingPathComponent(destination.name)
        guard fileManager.fileExists(atPath: staged.path) else { return }
        if case .folder = destination, fileManager.fileExists(atPath: final.path) {
            let old = staging.appendingPathComponent(".old-\(destination.name)")
            do { try fileManager.moveItem(at: final, to: old) } catch {
                throw .cannotWrite(path: final.path, reason: Self.reason(error))
            }
        }
        guard rename(staged.path, final.path) == 0 else {
            throw .cannotWrite(path: final.path, reason: String(cString: strerror(errno)))
        }
    }

    static func isSafeRelativePath(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/").contains("..")
    }

    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           let posix = POSIXErrorCode(rawValue: Int32(underlying.code)), underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(posix.rawValue))
        }
        return nsError.localizedDescription
    }
}
