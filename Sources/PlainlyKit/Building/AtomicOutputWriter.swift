import Foundation
import PlainlyFiles
import PlainlyModel

/// Writes one build's outputs as a set: the output folder is made anew beside the old one and
/// exchanged with it in one rename (`OutputFolder`), so a failed, killed or interrupted build leaves
/// the folder exactly as it was. Outputs this build does not make (a PDF when only text was asked
/// for) are kept.
struct AtomicOutputWriter {
    let directory: URL
    /// The folder as the user wrote it, for messages.
    var shown: String

    init(directory: URL, shown: String? = nil) {
        self.directory = directory
        self.shown = shown ?? directory.path
    }

    /// Writes each output; returns the paths written, relative to `directory`.
    func write(
        _ outputs: [(OutputDestination, RenderedOutput)], onWait: () -> Void = {}
    ) throws(PlainlyError) -> [String] {
        var files: [OutputFolder.File] = []
        for (destination, output) in outputs {
            switch destination {
            case .file(let name):
                // A single-file format makes exactly one file; anything else is a writer's mistake.
                guard output.files.count == 1, let file = output.files.first else {
                    throw .cannotWrite(path: name, reason: "the writer made \(output.files.count) files, not one")
                }
                files.append(.init(path: name, contents: file.contents))
            case .files(let names):
                guard output.files.map(\.path) == names else {
                    let made = output.files.map(\.path).joined(separator: ", ")
                    throw .cannotWrite(path: names.joined(separator: ", "), reason: "the writer made \(made) instead")
                }
                files += output.files.map { .init(path: $0.path, contents: $0.contents) }
            case .folder(let name):
                for file in output.files {
                    guard Self.isSafeRelativePath(file.path) else {
                        throw .cannotWrite(path: file.path, reason: "an output path must stay inside its folder")
                    }
                    files.append(.init(path: "\(name)/\(file.path)", contents: file.contents))
                }
            }
        }
        do {
            try OutputFolder(url: directory, shown: shown).publish(
                files, replacing: Set(outputs.flatMap(\.0.names)), mayHold: FormatRegistry.couldHaveMade, onWait: onWait)
        } catch {
            throw .cannotWrite(path: error.path, reason: error.reason)
        }
        return files.map(\.path)
    }

    static func isSafeRelativePath(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/").contains("..")
    }

    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           let posix = POSIXErrorCode(rawValue: Int32(underlying.code)), underlying.domain == NSPOSIXErrorDomain {
            return FileWriteError.reason(errno: posix.rawValue)
        }
        return nsError.localizedDescription
    }
}
