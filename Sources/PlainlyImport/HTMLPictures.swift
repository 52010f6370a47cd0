import DocumentReaders
import Foundation
import PlainlyModel
import PlainlySource

/// The pictures of a web page being imported, under the rules every source follows: a picture whose
/// address is a file inside the page's folder is read (only a regular file, its type from its
/// content, within the limits of `SourceLimits`) and carried into `pictures/` with its alt text; any
/// other address (a web address, `data:`, a path outside the folder) becomes a slot that asks for
/// the picture its alt text describes, so nothing outside the folder is ever read.
enum HTMLPictures {
    static func carry(_ blocks: [Block], folder: URL, shown: String) -> (blocks: [Block], pictures: [String: [UInt8]], warnings: [ReadWarning]) {
        var local: [String] = []
        func localPath(_ picture: Picture) -> String? {
            guard let written = picture.filePath, let path = Self.localPath(written) else { return nil }
            return path
        }
        for block in blocks {
            if case .picture(let picture) = block, let path = localPath(picture), !local.contains(path) { local.append(path) }
        }
        let probe = Document(metadata: Metadata(title: ""), parts: [Part(blocks: local.map {
            .picture(Picture(source: .file(written: $0, path: $0), words: .description("")))
        })])
        let read = PictureReader(folder: SourceFolder(base: folder)).read(probe)
        var pictures: [String: [UInt8]] = [:]
        var keys: [String: String] = [:]
        var warnings: [ReadWarning] = []
        for path in local {
            switch read.byPath[path] {
            case .success(let file)?:
                let key = String(format: "web-picture-%03d.%@", keys.count + 1, file.format.fileExtension)
                keys[path] = key
                pictures[key] = Array(file.bytes)
            case .failure(let problem)?:
                let message = PictureWarning.warning(problem, path: path, at: nil).message
                warnings.append(ReadWarning(message + " It is a picture slot instead.", at: SourceLocation(file: shown, line: 1, column: 1)))
            case nil: break
            }
        }
        let carried = blocks.map { block -> Block in
            guard case .picture(let picture) = block else { return block }
            if let path = localPath(picture), let key = keys[path] {
                return .picture(Picture(source: .file(written: key, path: key), words: picture.words, location: picture.location))
            }
            return .picture(Picture(source: .slot, words: picture.words, location: picture.location))
        }
        return (carried, pictures, warnings)
    }

    /// A relative address of a file, as a path (`images/bus%20stop.png?v=2` → `images/bus stop.png`);
    /// nil for a web or `data:` address, an absolute path, or none.
    static func localPath(_ address: String) -> String? {
        let trimmed = address.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("/"), !trimmed.hasPrefix("\\") else { return nil }
        if let colon = trimmed.firstIndex(of: ":"), !trimmed[..<colon].contains("/") { return nil }
        let bare = String(trimmed.prefix { $0 != "?" && $0 != "#" })
        let path = bare.removingPercentEncoding ?? bare
        return path.isEmpty ? nil : path
    }
}
