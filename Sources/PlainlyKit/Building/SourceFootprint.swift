import Foundation
import PlainlyFiles
import PlainlyModel
import PlainlySource

/// Everything on disk that belongs to a source, as `OutputPlacement` sees it: a guide folder whole,
/// or a single `.md` file and the pictures it names. No output may replace, enter or swallow any of it.
enum SourceFootprint {
    static func sources(of source: LoadedSource) -> [OutputPlacement.Source] {
        let base = source.baseDirectory
        func shown(_ relative: String) -> String {
            source.displayPrefix.isEmpty ? relative : "\(source.displayPrefix)/\(relative)"
        }
        if source.isFolder {
            return [.init(url: base, shown: source.displayPrefix, isFolder: true)]
        }
        var walker = PictureFiles()
        walker.visitDocument(source.document)
        return (source.reading.files + walker.paths).map {
            .init(url: base.appendingPathComponent($0), shown: shown($0), isFolder: false)
        }
    }

    /// The clash between this output folder and the source, if any.
    static func conflict(of source: LoadedSource, withOutput output: URL, shown: String) -> OutputConflict? {
        OutputPlacement.conflict(output: output, shown: shown, sources: sources(of: source))
    }
}

/// The picture files a document names, each once.
private struct PictureFiles: ContentWalker {
    var paths: [String] = []
    private var seen = Set<String>()

    mutating func visitPicture(_ picture: Picture) {
        if let path = picture.filePath, seen.insert(path).inserted { paths.append(path) }
    }
}
