import CFontconfig
import Foundation

/// A private fontconfig configuration that knows only the fonts in one folder, so the output looks
/// the same on every machine, whatever fonts it has installed.
public final class FontConfiguration {
    let pointer: OpaquePointer

    public init(fontsDirectory: URL) throws(GraphicsError) {
        guard let config = FcConfigCreate() else { throw .fontConfiguration("FcConfigCreate failed") }
        pointer = config
        // Font files are added one by one: adding a folder makes fontconfig look for a cache
        // folder, and a private configuration has none (it would print an error on every run).
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: fontsDirectory.path)) ?? [])
            .filter { [".ttf", ".otf"].contains(where: $0.lowercased().hasSuffix) }
            .sorted()
        guard !files.isEmpty else {
            throw .fontConfiguration("there are no .ttf or .otf fonts in \(fontsDirectory.path)")
        }
        for file in files {
            let path = fontsDirectory.appendingPathComponent(file).path
            let added = path.withCString { path in
                path.withMemoryRebound(to: FcChar8.self, capacity: strlen(path) + 1) { FcConfigAppFontAddFile(config, $0) }
            }
            guard added == FcTrue else { throw .fontConfiguration("could not read the font \(path)") }
        }
    }

    deinit { FcConfigDestroy(pointer) }

    /// The family names of every font the configuration holds, sorted.
    public var families: [String] {
        guard let fonts = FcConfigGetFonts(pointer, FcSetApplication) else { return [] }
        var names = Set<String>()
        let set = fonts.pointee
        for index in 0..<Int(set.nfont) {
            guard let pattern = set.fonts[index] else { continue }
            var value: UnsafeMutablePointer<FcChar8>?
            if FcPatternGetString(pattern, FC_FAMILY, 0, &value) == FcResultMatch, let value {
                names.insert(String(cString: value))
            }
        }
        return names.sorted()
    }
}
