import CairoGraphics
import Foundation
import PageLayout
import PlainlyModel

/// Makes every picture a document names drawable, once each, from the files the source reader read
/// (`SourcePictures`); it never opens a file. A picture that is missing, damaged or of a kind the
/// PDF cannot show is left out, so the layout draws a slot for it, and a warning names the file;
/// the build goes on.
struct PictureLibrary {
    private(set) var images: [String: any DrawableImage] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    init(document: Document, pictures: SourcePictures) {
        var collector = PictureCollector()
        collector.visitDocument(document)
        var tried = Set<String>()
        for picture in collector.pictures {
            // Each file is made drawable, and reported, once, however often the document uses it.
            guard let path = picture.path, tried.insert(path).inserted else { continue }
            let name = path.split(separator: "/").last.map(String.init) ?? path
            do throws(GraphicsError) {
                images[path] = try Self.image(pictures[path], name: name)
            } catch {
                let reason: String
                if case .image(_, let why) = error { reason = why } else { reason = "\(error)" }
                diagnostics.append(Diagnostic(
                    .warning, "picture \"\(path)\" could not be used: \(reason); a slot is shown instead",
                    id: "picture-unreadable", at: picture.location.isGenerated ? nil : picture.location,
                    why: "Readers of easy read rely on the pictures to follow the words.",
                    suggestion: "Check the file name and that the file is a PNG, JPEG or SVG picture."))
            }
        }
    }

    private static func image(_ file: Result<PictureFile, PictureProblem>, name: String) throws(GraphicsError) -> any DrawableImage {
        let picture: PictureFile
        switch file {
        case .success(let found): picture = found
        case .failure(.missing): throw .image(path: name, reason: "the file is missing or cannot be read")
        case .failure(.unreadable(let reason)), .failure(.notAPicture(let reason)): throw .image(path: name, reason: reason)
        case .failure(.outsideSource): throw .image(path: name, reason: "it is outside the source folder")
        }
        switch picture.format {
        case .png: return try ImageLoader.load(picture.bytes, as: .png, name: name)
        case .jpeg: return try ImageLoader.load(picture.bytes, as: .jpeg, name: name)
        case .svg: return try ImageLoader.load(picture.bytes, as: .svg, name: name)
        case .gif, .webp:
            throw .image(path: name, reason: "the PDF can show PNG, JPEG and SVG pictures, and this is a \(picture.format.rawValue.uppercased())")
        }
    }

    /// Natural sizes for the layout, in points.
    var sizes: [String: Size] {
        images.mapValues { Size(width: Points($0.naturalWidth), height: Points($0.naturalHeight)) }
    }
}

/// Every picture in reading order, in rows, lists and callouts alike.
private struct PictureCollector: ContentWalker {
    var pictures: [Picture] = []

    mutating func visitPicture(_ picture: Picture) { pictures.append(picture) }
}
