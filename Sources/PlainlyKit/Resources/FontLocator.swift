import Foundation
import PlainlySource

/// Finds the fonts Plainly ships (Atkinson Hyperlegible, in `Fonts/`) with no configuration:
/// `--fonts DIR` first, then `share/plainly/Fonts` beside an installed binary, then a checkout's
/// `Fonts/` found by walking up from the binary.
public struct FontLocator: Sendable {
    public static let requiredFiles = ["AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf"]

    public var executable: URL

    public init(executable: URL = FontLocator.currentExecutable) {
        self.executable = executable
    }

    /// The file the kernel ran: `plainly-full`, beside `plainly`, for every command that needs fonts.
    /// argv[0] is only what the user typed (`plainly` when found on PATH), so it is the fallback.
    public static var currentExecutable: URL {
        if let resolved = realpath("/proc/self/exe", nil) {
            defer { free(resolved) }
            return URL(fileURLWithPath: String(cString: resolved))
        }
        return URL(fileURLWithPath: CommandLine.arguments.first ?? "plainly").resolvingSymlinksInPath()
    }

    public func locate(override: String? = nil) throws(PlainlyError) -> URL {
        let candidates = candidates(override: override)
        if let found = candidates.first(where: Self.holdsFonts) { return found.standardizedFileURL }
        throw .fontsNotFound(searched: candidates.map(\.path))
    }

    func candidates(override: String?) -> [URL] {
        if let override { return [SourceLoader.url(for: override, relativeTo: nil)] }
        let binFolder = executable.deletingLastPathComponent()
        var list = [
            binFolder.appendingPathComponent("../share/plainly/Fonts"),
            binFolder.appendingPathComponent("Fonts"),
        ]
        // A checkout: .build/<config>/plainly, or .build/<triple>/<config>/plainly, or a test bundle.
        var folder = binFolder
        for _ in 0..<6 {
            folder = folder.deletingLastPathComponent()
            list.append(folder.appendingPathComponent("Fonts"))
        }
        // Tests and `swift run` also know where this source file is.
        let checkout = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        list.append(checkout.appendingPathComponent("Fonts"))
        return list.map(\.standardizedFileURL)
    }

    static func holdsFonts(_ folder: URL) -> Bool {
        requiredFiles.allSatisfy { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
    }
}
