import Foundation
import PlainlyModel
import PlainlySource

/// Makes the one `BuildPlan` a build runs on, from what was asked and the source it was asked of:
/// checks each name, finds the fonts once (only when a chosen format needs them) and places the
/// output folder. Every command that builds (`build`, `preview`) plans here; nothing is resolved twice.
public struct BuildPlanner: Sendable {
    let fontLocator: FontLocator

    public init(fontLocator: FontLocator = FontLocator()) {
        self.fontLocator = fontLocator
    }

    public func plan(_ request: BuildRequest, for source: LoadedSource) throws(PlainlyError) -> BuildPlan {
        let formats: [String]
        let profile: Profile?
        let paper: PaperSize
        do {
            (formats, profile, paper) = try request.choices()
        } catch {
            throw .invalidRequest(error.message)
        }

        let shownOut = SourceLoader.trimTrailingSlashes(request.out ?? "out/\(source.name)")
        let needsFonts = formats.contains { FormatRegistry.writer(named: $0)?.needsFonts ?? false }
        var fonts: URL?
        if needsFonts || request.fonts != nil {
            fonts = try fontLocator.locate(override: request.fonts.map { url(for: $0, in: request).path })
        }
        return BuildPlan(
            formats: formats, profile: profile, output: url(for: shownOut, in: request), outputShown: shownOut,
            paper: paper, bodySize: request.fontSize.map(Points.init), fontsDirectory: fonts,
            isFinal: request.isFinal, textWidth: request.textWidth,
            textIncludesPictures: request.textIncludesPictures, brailleCells: request.brailleCells,
            brailleLines: request.brailleLines, singleFileHTML: request.singleFileHTML,
            speechRate: request.speechRate)
    }

    private func url(for path: String, in request: BuildRequest) -> URL {
        SourceLoader.url(for: path, relativeTo: request.workingDirectory)
    }
}
