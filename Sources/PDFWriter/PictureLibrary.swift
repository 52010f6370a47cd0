import CairoGraphics
import Foundation
import PageLayout
import PlainlyModel

/// Makes every picture a document names drawable, once each, from the files the source reader read
/// (`SourcePictures`); it never opens a file. A picture that is missing, damaged or of a kind the
/// PDF cannot show is left out, so the layout draws a slot for it, and a warning (`PictureWarning`,
/// worded as every format words it) names the file;
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
            let location = picture.location.isGenerated ? nil : picture.location
            switch pictures[path] {
            case .failure(let problem):
                diagnostics.append(PictureWarning.warning(problem, path: path, at: location))
            case .success(let file):
                do throws(GraphicsError) {
                    images[path] = try Self.image(file, name: path.split(separator: "/").last.map(String.init) ?? path)
                } catch {
                    let reason: String
                    if case .image(_, let why) = error { reason = why } else { reason = "\(error)" }
                    diagnostics.append(PictureWarning.notIn(format: "PDF", path: path, reason: reason, at: location))
                }
            }
        }
    }

    private static func image(_ picture: PictureFile, name: String) throws(GraphicsError) -> any DrawableImage {
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
