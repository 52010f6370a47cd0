import CairoGraphics
import PlainlyModel

/// The pictures the Word file carries under `word/media/`, each stored once however often it is
/// shown, taken from the files the source reader read (a writer opens no file).
///
/// PNG, JPEG and SVG go in as they are. GIF and WebP, which the PDF cannot show either, become slots.
struct MediaStore {
    struct Stored: Equatable {
        /// The picture's relationship.
        var relationship: String
        /// An SVG's relationship again, for `asvg:svgBlip`, which Word 2016 and later read.
        var svgRelationship: String?
        var pixelWidth: Int
        var pixelHeight: Int
    }

    enum Refusal: Error, Equatable {
        /// The source reader could not use the file; every format says so the same way.
        case problem(PictureProblem)
        /// A picture other formats show but Word cannot.
        case notInWord(reason: String)
    }

    let source: SourcePictures
    private(set) var files: [(path: String, bytes: [UInt8])] = []
    private var known: [String: Result<Stored, Refusal>] = [:]

    init(source: SourcePictures) {
        self.source = source
    }

    mutating func picture(path: String, relationships: inout Relationships) -> Result<Stored, Refusal> {
        if let result = known[path] { return result }
        let result = store(path: path, relationships: &relationships)
        known[path] = result
        return result
    }

    private mutating func store(path: String, relationships: inout Relationships) -> Result<Stored, Refusal> {
        let file: PictureFile
        switch source[path] {
        case .success(let found): file = found
        case .failure(let problem): return .failure(.problem(problem))
        }
        let number = files.count + 1
        switch file.format {
        case .png, .jpeg:
            let name = "media/image\(number).\(file.format.fileExtension)"
            files.append((name, Array(file.bytes)))
            return .success(Stored(
                relationship: relationships.image(name), svgRelationship: nil,
                pixelWidth: file.pixelWidth, pixelHeight: file.pixelHeight))
        case .svg:
            // As Word itself stores an SVG: a PNG copy as the picture, for every program that reads
            // Word files, and the SVG as Word's `asvg:svgBlip`, which Word 2016 and later draw.
            let name = "media/image\(number).svg"
            files.append((name, Array(file.bytes)))
            let svg = relationships.image(name)
            let size = SVGRasteriser.size(forWidth: file.pixelWidth, height: file.pixelHeight)
            guard let png = try? SVGRasteriser.png(fromSVG: file.bytes, name: path, width: size.width, height: size.height) else {
                // An SVG librsvg cannot draw would draw nowhere else either: the SVG alone, as before.
                return .success(Stored(
                    relationship: svg, svgRelationship: svg, pixelWidth: file.pixelWidth, pixelHeight: file.pixelHeight))
            }
            let copy = "media/image\(number).png"
            files.append((copy, Array(png)))
            return .success(Stored(
                relationship: relationships.image(copy), svgRelationship: svg,
                pixelWidth: file.pixelWidth, pixelHeight: file.pixelHeight))
        case .gif, .webp:
            return .failure(.notInWord(reason: "Word files take PNG, JPEG and SVG pictures, not \(file.format.rawValue.uppercased())"))
        }
    }

    /// The extensions the package holds, for `[Content_Types].xml`.
    var extensions: [String] {
        var seen: [String] = []
        for file in files {
            let ext = String(file.path.split(separator: ".").last ?? "")
            if !seen.contains(ext) { seen.append(ext) }
        }
        return seen
    }
}
