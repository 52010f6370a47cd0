import CairoGraphics
import Foundation
import PageLayout
import PlainlyModel

/// Loads every picture a document names, once each. A picture that is missing or damaged is left
/// out, so the layout draws a slot for it, and a warning names the file; the build goes on.
struct PictureLibrary {
    private(set) var images: [String: any DrawableImage] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    init(document: Document, baseDirectory: URL) {
        var collector = PictureCollector()
        collector.visitDocument(document)
        var tried = Set<String>()
        for picture in collector.pictures {
            // Each file is read, and reported, once, however often the document uses it.
            guard let path = picture.path, tried.insert(path).inserted else { continue }
            let url = baseDirectory.appendingPathComponent(path)
            do {
                images[path] = try ImageLoader.load(url)
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
