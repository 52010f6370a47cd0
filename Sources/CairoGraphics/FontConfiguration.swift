import CFontconfig
import Foundation

/// A private fontconfig configuration that knows only the fonts in one folder, so the output looks
/// the same on every machine, whatever fonts it has installed.
public final class FontConfiguration {
    let pointer: OpaquePointer

    public init(fontsDirectory: URL) throws(GraphicsError) {
        guard let config = FcConfigCreate() else { throw .fontConfiguration("FcConfigCreate failed") }
        pointer = config
        let added = fontsDirectory.path.withCString { path in
            path.withMemoryRebound(to: FcChar8.self, capacity: strlen(path) + 1) { FcConfigAppFontAddDir(config, $0) }
        }
        guard added == FcTrue else {
            throw .fontConfiguration("could not read the font folder \(fontsDirectory.path)")
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
