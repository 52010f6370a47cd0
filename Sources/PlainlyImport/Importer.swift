import Foundation
import PlainlyFiles
import PlainlyModel

/// `plainly import`: a Word, HTML, text or Markdown file in, a Plainly source folder out, written whole
/// or not at all. The original is only ever read; the output may not be it or hold it, and only a new
/// or empty folder is written, so nobody's work is overwritten.
public struct Importer {
    public struct Result {
        public var files: [String]
        public var wordsKept: Int
        public var wordsRead: Int
        public var warnings: [String]
        public var hardWords: [String]
    }

    public let options: SourceFolderMaker.Options

    public init(options: SourceFolderMaker.Options) { self.options = options }

    public func importFile(_ input: URL, shown: String, into output: URL, outputShown: String) throws(ImportError) -> Result {
        // Sources are sacred here too: the folder written may not be the file, nor hold it.
        let source = OutputPlacement.Source(url: input, shown: shown, isFolder: false)
        if let clash = OutputPlacement.conflict(output: output, shown: outputShown, sources: [source]) {
            throw .outputClash(clash.description)
        }
        if let existing = try? FileManager.default.contentsOfDirectory(atPath: output.path), !existing.isEmpty {
            throw .outputNotEmpty(path: outputShown)
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: output.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw .outputNotEmpty(path: outputShown)
        }
        let text = try ImportedText.read(input, shown: shown)
        let name = input.deletingPathExtension().lastPathComponent
        let made = SourceFolderMaker(options: options).make(text, fileName: name)
        do {
            try OutputFolder(url: output, shown: outputShown).publish(
                made.files.map { OutputFolder.File(path: $0.path, contents: $0.contents) }, replacing: [],
                mayHold: { _, _ in false })
        } catch {
            throw .cannotWrite(path: error.path, reason: error.reason)
        }
        return Result(
            files: made.files.map(\.path), wordsKept: made.wordsKept, wordsRead: made.wordsRead,
            warnings: made.warnings, hardWords: made.hardWords)
    }
}
