import Foundation
import PlainlyModel
import HTMLWriter
import PageLayout
import PDFWriter
import PlainlySource
import TextWriter

/// The build pipeline: a loaded source in, documents in every asked-for format out.
///
/// Everything is rendered in memory first; only when every format has rendered is anything
/// written, atomically. A document with errors is not built at all.
public struct Builder: Sendable {
    public init() {}

    /// `onWait` is called if another build is writing into the same place and this one must wait.
    public func build(
        _ source: LoadedSource, options: BuildOptions, onWait: () -> Void = {}
    ) throws(PlainlyError) -> BuildResult {
        var diagnostics = source.diagnostics
        guard !diagnostics.hasErrors else { return BuildResult(written: [], diagnostics: diagnostics) }
        if let conflict = SourceFootprint.conflict(
            of: source, withOutput: options.outDirectory, shown: options.outDirectoryShown)
        {
            throw .outputOverlapsSource(conflict)
        }

        var outputs: [(OutputDestination, RenderedOutput)] = []
        for format in Set(options.formats).sorted() {
            let output = try render(source, as: format, options: options)
            diagnostics += output.diagnostics
            outputs.append((format.destination(sourceName: source.name, singleFileHTML: options.singleFileHTML), output))
        }
        let written = try AtomicOutputWriter(directory: options.outDirectory, shown: options.outDirectoryShown)
            .write(outputs, onWait: onWait)
        return BuildResult(written: written, diagnostics: Self.unique(diagnostics).sortedByLocation())
    }

    /// One format in memory, without writing anything: what `build` writes and `preview` serves.
    public func render(_ source: LoadedSource, as format: OutputFormat, options: BuildOptions) throws(PlainlyError) -> RenderedOutput {
        var document = source.document
        if let profile = options.profile { document.metadata.profile = profile }
        switch format {
        case .txt:
            return TextWriter(options: options.text).renderOutput(document)
        case .html:
            let fonts: URL
            if let given = options.fontsDirectory { fonts = given } else { fonts = try FontLocator().locate() }
            let writer = HTMLWriter(options: .init(
                singleFile: options.singleFileHTML, fontsDirectory: fonts, scriptNonce: options.htmlScriptNonce))
            return writer.render(document, pictures: source.pictures)
        case .pdf:
            let fonts: URL
            if let given = options.fontsDirectory { fonts = given } else { fonts = try FontLocator().locate() }
            var paper = PaperSize.a4
            if let name = options.paper {
                guard let named = PaperSize(name: name) else {
                    throw .rendering(format: format.rawValue, reason: "unknown paper \"\(name)\"; use "
                        + BuildOptions.paperNames.joined(separator: ", "))
                }
                paper = named
            }
            let writer = PDFWriter(options: .init(
                fontsDirectory: fonts, profile: options.profile, bodySize: options.pdfBodySize.map(Points.init),
                paper: paper))
            do {
                return try writer.render(document, pictures: source.pictures)
            } catch {
                throw .rendering(format: format.rawValue, reason: error.description)
            }
        }
    }

    /// The reader and a renderer may both notice the same thing (a missing picture); say it once.
    static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<String>()
        return diagnostics.filter { seen.insert("\($0.location?.description ?? "")|\($0.id)").inserted }
    }
}
