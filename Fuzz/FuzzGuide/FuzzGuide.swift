import Foundation
import FuzzSupport
import PlainlySource
import Readability

/// Fuzzes guide folders: the input is split at NUL bytes into files, written to a scratch folder and
/// loaded with `SourceReader`, as `plainly build` and `check` load a folder, then tokenised.
///
/// The first piece is `guide.yaml`. Each later piece is `NAME\nCONTENT`: the file's path in the folder
/// (`parts/01-intro.md`) on its first line, then its bytes. A name that could leave the folder or is
/// not a plain path becomes `partN.md`: the fuzzer writes only inside its scratch folder.
@main
enum FuzzGuide {
    static func main() { FuzzInput.main(run) }

    static let folder = ScratchFolder(name: "fuzz-guide")
    /// Enough for every real guide (the samples have five or six parts) and for lists that repeat.
    static let maximumFiles = 16
    static let maximumNameLength = 80

    static func run(_ data: Data) {
        folder.empty()
        let pieces = data.split(separator: 0, maxSplits: maximumFiles, omittingEmptySubsequences: false)
        folder.write(Data(pieces.first ?? Data()), to: SourceReader.guideFileName)
        for (index, piece) in pieces.dropFirst().enumerated() {
            let newline = piece.firstIndex(of: 10) ?? piece.endIndex
            let written = String(decoding: piece[piece.startIndex..<newline], as: UTF8.self)
            let content = newline < piece.endIndex ? piece[(newline + 1)...] : Data()
            folder.write(Data(content), to: safeName(written) ?? "part\(index + 1).md")
        }
        guard let reading = try? SourceReader().read(at: folder.url) else { return }
        Tokenising.check(reading.document)
    }

    /// The name when it is a plain relative path that stays in the folder and is not the manifest.
    static func safeName(_ name: String) -> String? {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-/")
        guard !name.isEmpty, name.count <= maximumNameLength, name.allSatisfy(allowed.contains) else { return nil }
        let components = name.split(separator: "/", omittingEmptySubsequences: false)
        guard components.count <= 3,
            components.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.hasPrefix(".") }),
            name != SourceReader.guideFileName
        else { return nil }
        return name
    }
}
