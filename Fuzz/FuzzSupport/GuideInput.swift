import Foundation

/// How FuzzGuide turns one fuzz input into the files of a guide folder: the input is split at NUL
/// bytes; the first piece is `guide.yaml`, and each later piece is `NAME\nCONTENT`, the file's path in
/// the folder (`parts/01-intro.md`) on its first line, then its bytes.
///
/// A name that could leave the folder, or is not a plain path, becomes `partN.md`, so whatever the
/// fuzzer writes, it writes inside its scratch folder.
public enum GuideInput {
    public static let manifestName = "guide.yaml"
    /// Enough for every real guide (the samples have five or six parts) and for lists that repeat.
    public static let maximumFiles = 16
    public static let maximumNameLength = 80
    /// Folders deep: `parts/pictures/x.md` is as deep as a real guide goes.
    public static let maximumComponents = 3

    public struct File: Equatable, Sendable {
        public var path: String
        public var contents: Data

        public init(path: String, contents: Data) {
            self.path = path
            self.contents = contents
        }
    }

    /// The files, `guide.yaml` first. A later file with the same path replaces an earlier one.
    public static func files(in data: Data) -> [File] {
        let pieces = data.split(separator: 0, maxSplits: maximumFiles, omittingEmptySubsequences: false)
        var files = [File(path: manifestName, contents: Data(pieces.first ?? Data()))]
        for (index, piece) in pieces.dropFirst().enumerated() {
            let newline = piece.firstIndex(of: 10) ?? piece.endIndex
            let written = String(decoding: piece[piece.startIndex..<newline], as: UTF8.self)
            let contents = newline < piece.endIndex ? Data(piece[(newline + 1)...]) : Data()
            files.append(File(path: safeName(written) ?? "part\(index + 1).md", contents: contents))
        }
        return files
    }

    /// The name when it is a plain relative path that stays in the folder and is not the manifest.
    public static func safeName(_ name: String) -> String? {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-/")
        guard !name.isEmpty, name.count <= maximumNameLength, name.allSatisfy(allowed.contains) else { return nil }
        let components = name.split(separator: "/", omittingEmptySubsequences: false)
        guard components.count <= maximumComponents,
            components.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") }),
            name != manifestName
        else { return nil }
        return name
    }
}
