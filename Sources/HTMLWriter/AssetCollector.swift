import Foundation
import PlainlyModel

/// Gathers what the page needs besides its HTML: the fonts and copies of the pictures.
///
/// Pictures come from the files the source reader read and checked (`SourcePictures`); nothing
/// here opens a picture file. Each is either returned as `assets/pictures/<name>` or embedded as a
/// `data:` URL, once however often it is used. Nothing outside the output folder is ever linked to.
struct AssetCollector {
    /// Why a picture could not be used; it becomes a visible slot and a warning.
    enum PictureProblem: Error, Hashable {
        case missing(path: String)
        case unreadable(path: String, reason: String?)
        case notAPicture(path: String, reason: String?)
        case outsideSource(path: String)

        var diagnosticID: String {
            switch self {
            case .missing: "missing-picture"
            case .unreadable: "unreadable-picture"
            case .notAPicture: "unsupported-picture"
            case .outsideSource: "outside-source"
            }
        }

        var message: String {
            switch self {
            case .missing(let path): "The picture '\(path)' was not found; the web page shows a picture slot instead."
            case .unreadable(let path, nil):
                "The picture '\(path)' could not be read; the web page shows a picture slot instead."
            case .unreadable(let path, let reason?):
                "The picture '\(path)' could not be read: \(reason); the web page shows a picture slot instead."
            case .notAPicture(let path, nil):
                "'\(path)' is not a PNG, JPEG, GIF, WebP or SVG picture; the web page shows a picture slot instead."
            case .notAPicture(let path, let reason?):
                "The picture '\(path)' cannot be used: \(reason); the web page shows a picture slot instead."
            case .outsideSource(let path):
                "The picture '\(path)' is outside the source folder; the web page shows a picture slot instead."
            }
        }
    }

    struct FontFace: Hashable {
        var url: AssetURL
        var weight: Int
    }

    /// The Atkinson Hyperlegible files Plainly ships in `Fonts/`, and the weight each one draws.
    static let fontFiles = [("AtkinsonHyperlegible-Regular.ttf", 400), ("AtkinsonHyperlegible-Bold.ttf", 700)]
    static let fontLicence = "OFL.txt"

    let sourcePictures: SourcePictures
    let embed: Bool
    private(set) var files: [RenderedOutput.File] = []
    private var pictures: [String: Result<AssetURL, PictureProblem>] = [:]
    private var usedNames: Set<String> = []

    init(pictures: SourcePictures, embed: Bool) {
        sourcePictures = pictures
        self.embed = embed
    }

    mutating func picture(path: String) -> Result<AssetURL, PictureProblem> {
        if let known = pictures[path] { return known }
        let result = usePicture(path: path)
        pictures[path] = result
        return result
    }

    private mutating func usePicture(path: String) -> Result<AssetURL, PictureProblem> {
        let file: PictureFile
        switch sourcePictures[path] {
        case .success(let found): file = found
        case .failure(.missing): return .failure(.missing(path: path))
        case .failure(.unreadable(let reason)): return .failure(.unreadable(path: path, reason: reason))
        case .failure(.notAPicture(let reason)):
            // The plain "not a picture" keeps its old, shorter message.
            let generic = reason.hasPrefix("it is not a PNG")
            return .failure(.notAPicture(path: path, reason: generic ? nil : reason))
        case .failure(.outsideSource): return .failure(.outsideSource(path: path))
        }
        if embed { return .success(.data(mediaType: file.format.mediaType, base64: file.bytes.base64EncodedString())) }
        let name = uniqueName(for: path, format: file.format)
        let output = "assets/pictures/\(name)"
        files.append(RenderedOutput.File(path: output, contents: file.bytes))
        return .success(.file(output))
    }

    /// The fonts as `@font-face` sources, plus a warning for each one that is missing.
    mutating func fonts(from directory: URL) -> (faces: [FontFace], diagnostics: [Diagnostic]) {
        var faces: [FontFace] = []
        var diagnostics: [Diagnostic] = []
        for (file, weight) in Self.fontFiles {
            guard let data = try? Data(contentsOf: directory.appendingPathComponent(file)), !data.isEmpty else {
                diagnostics.append(.warning(
                    "The font file '\(file)' was not found in the fonts folder; the web page falls back to the reader's own fonts.",
                    id: "font-missing", at: nil))
                continue
            }
            if embed {
                faces.append(FontFace(url: .data(mediaType: "font/ttf", base64: data.base64EncodedString()), weight: weight))
            } else {
                let output = "assets/fonts/\(file)"
                files.append(RenderedOutput.File(path: output, contents: data))
                faces.append(FontFace(url: .file(output), weight: weight))
            }
        }
        // The SIL Open Font Licence asks that the licence travels with the font files.
        if !embed, !faces.isEmpty, let licence = try? Data(contentsOf: directory.appendingPathComponent(Self.fontLicence)) {
            files.append(RenderedOutput.File(path: "assets/fonts/\(Self.fontLicence)", contents: licence))
        }
        return (faces, diagnostics)
    }

    mutating func add(_ file: RenderedOutput.File) {
        files.append(file)
    }

    /// A safe, unique file name: the original name's letters and digits, the real format's extension.
    private mutating func uniqueName(for path: String, format: PictureFormat) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? "picture"
        var stem = last
        if let dot = last.lastIndex(of: "."), dot != last.startIndex { stem = String(last[..<dot]) }
        var safe = ""
        var pendingDash = false
        for scalar in stem.unicodeScalars {
            let ok = (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9")
                || scalar == "_"
            if ok {
                if pendingDash && !safe.isEmpty { safe += "-" }
                safe.unicodeScalars.append(scalar)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        if safe.isEmpty { safe = "picture" }
        var name = "\(safe).\(format.fileExtension)"
        var counter = 2
        while usedNames.contains(name.lowercased()) {
            name = "\(safe)-\(counter).\(format.fileExtension)"
            counter += 1
        }
        usedNames.insert(name.lowercased())
        return name
    }
}
