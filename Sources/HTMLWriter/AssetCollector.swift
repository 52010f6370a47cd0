import Foundation
import PlainlyModel

/// Gathers what the page needs besides its HTML: the fonts and copies of the pictures.
///
/// Pictures come from the files the source reader read and checked (`SourcePictures`); nothing
/// here opens a picture file. Each is either returned as `assets/pictures/<name>` or embedded as a
/// `data:` URL, once however often it is used. Nothing outside the output folder is ever linked to.
struct AssetCollector {
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
        // Why a file cannot be used is the same for every format (`PictureWarning`).
        let file: PictureFile
        switch sourcePictures[path] {
        case .success(let found): file = found
        case .failure(let problem): return .failure(problem)
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
