import Foundation
import PictureBank
import PlainlyModel

/// Reads every picture file a document names, once each, from inside its source folder, and checks
/// each by its content (`PictureInspector`). The writers take their pictures from the result and
/// never open a file themselves.
///
/// A picture that cannot be used is recorded with the reason; each writer then shows a slot and a
/// warning, as it always has.
public struct PictureReader: Sendable {
    public let folder: SourceFolder

    public init(folder: SourceFolder) {
        self.folder = folder
    }

    public func read(_ document: Document) -> SourcePictures {
        var collector = PicturePaths()
        collector.visitDocument(document)
        var pictures = SourcePictures()
        var total = 0
        for path in collector.paths where pictures.byPath[path] == nil {
            let remaining = SourceLimits.maximumPictureBytesInTotal - total
            let result = read(path, limit: min(SourceLimits.maximumPictureFileBytes, remaining))
            if case .success(let file) = result { total += file.bytes.count }
            pictures.set(result, for: path)
        }
        return pictures
    }

    private func read(_ path: String, limit: Int) -> Result<PictureFile, PictureProblem> {
        // A bank symbol comes from Plainly's own resources, not the source folder; the closed
        // world holds for everything the user wrote.
        let data: Result<Data, SourceFolder.Refusal>
        if path.hasPrefix(Picture.bankPrefix) {
            data = Self.readBankSymbol(String(path.dropFirst(Picture.bankPrefix.count)), limit: limit)
        } else {
            data = folder.read(path, limit: limit)
        }
        switch data {
        case .failure(.outside): return .failure(.outsideSource)
        case .failure(.notFound): return .failure(.missing)
        case .failure(.notARegularFile):
            return .failure(.unreadable(reason: "it is a folder, FIFO or device, not a picture file"))
        case .failure(.tooLarge(let bytes, let limit)):
            if limit < SourceLimits.maximumPictureFileBytes {
                return .failure(.unreadable(reason:
                    "the pictures together are more than \(SourceLimits.megabytes(SourceLimits.maximumPictureBytesInTotal))"))
            }
            return .failure(.unreadable(reason:
                "it is \(SourceLimits.megabytes(bytes)); a picture file may be at most \(SourceLimits.megabytes(limit))"))
        case .failure(.unreadable(let reason)): return .failure(.unreadable(reason: reason))
        case .success(let data):
            return PictureInspector.inspect(data).map {
                PictureFile(bytes: data, format: $0.format, pixelWidth: $0.width, pixelHeight: $0.height)
            }
        }
    }
}

extension PictureReader {
    /// A symbol's SVG from the bank's resources, checked like any other file.
    static func readBankSymbol(_ name: String, limit: Int) -> Result<Data, SourceFolder.Refusal> {
        guard let url = PictureBank.shipped.file(named: name) else { return .failure(.notFound) }
        guard let real = SourceFolder.realPath(url.path) else { return .failure(.notFound) }
        return SourceFolder.readRegularFile(atRealPath: real, limit: limit)
    }
}

/// Every picture file path in some content, in reading order.
private struct PicturePaths: ContentWalker {
    var paths: [String] = []

    mutating func visitPicture(_ picture: Picture) {
        if let path = picture.path { paths.append(path) }
    }
}
