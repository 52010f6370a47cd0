import Foundation
import PlainlyModel
import PlainlySource

/// The build pipeline, one direction: a loaded source is realized once (`RealizedDocument`: the
/// profile applied, every generated block worded by the one catalogue), each planned format's
/// `DocumentWriter` writes it in memory, and only when every format has succeeded are the files
/// written, all at once. A document with errors, or not yet final when `--final` was asked, is not
/// built at all.
public struct Builder: Sendable {
    public init() {}

    /// `onWait` is called if another build is writing into the same place and this one must wait.
    public func build(
        _ source: LoadedSource, plan: BuildPlan, onWait: () -> Void = {}
    ) throws(PlainlyError) -> BuildResult {
        var diagnostics = source.diagnostics
        guard !diagnostics.hasErrors else { return BuildResult(written: [], diagnostics: diagnostics) }
        if plan.isFinal {
            let status = StatusMaker().status(of: source)
            guard status.isFinal else {
                return BuildResult(
                    written: [], diagnostics: diagnostics, notFinal: status.blockers,
                    notFinalPictures: StatusTable.picturesLine(status))
            }
        }
        if let conflict = SourceFootprint.conflict(of: source, withOutput: plan.output, shown: plan.outputShown) {
            throw .outputOverlapsSource(conflict)
        }

        let realized = realize(source, plan: plan)
        var outputs: [(OutputDestination, RenderedOutput)] = []
        for name in plan.formats {
            let (writer, output) = try write(realized, as: name, plan: plan)
            diagnostics += output.diagnostics
            outputs.append((writer.destination(sourceName: source.name, plan: plan), output))
        }
        let written = try AtomicOutputWriter(directory: plan.output, shown: plan.outputShown)
            .write(outputs, onWait: onWait)
        return BuildResult(written: written, diagnostics: Self.unique(diagnostics).sortedByLocation())
    }

    /// One format in memory, without writing anything: what `build` writes and `preview` serves.
    public func render(_ source: LoadedSource, as format: String, plan: BuildPlan) throws(PlainlyError) -> RenderedOutput {
        try write(realize(source, plan: plan), as: format, plan: plan).output
    }

    /// The realize stage: the source's document with the plan's profile, assembled once.
    func realize(_ source: LoadedSource, plan: BuildPlan) -> RealizedDocument {
        RealizedDocument(source.document, pictures: source.pictures, name: source.name, profile: plan.profile)
    }

    private func write(
        _ realized: RealizedDocument, as format: String, plan: BuildPlan
    ) throws(PlainlyError) -> (writer: any DocumentWriter.Type, output: RenderedOutput) {
        guard let type = FormatRegistry.writer(named: format) else {
            throw .invalidRequest("Unknown format '\(format)'. Choose from: \(FormatRegistry.names.joined(separator: ", ")).")
        }
        do {
            return (type, try type.init(plan: plan).write(realized))
        } catch {
            throw .rendering(format: error.format, reason: error.reason)
        }
    }

    /// The reader and a renderer may both notice the same thing (a missing picture); say it once.
    static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<String>()
        return diagnostics.filter { seen.insert("\($0.location?.description ?? "")|\($0.id)").inserted }
    }
}

/// What a build did: the files written (relative to the output folder) and every finding, from the
/// reader and the writers, sorted by position.
public struct BuildResult: Sendable {
    public var written: [String]
    public var diagnostics: [Diagnostic]
    /// `--final` was asked and these stop the document being final; nothing was written.
    public var notFinal: [DocumentStatus.Blocker]
    /// With `notFinal`: how many pictures still to choose have suggestions, if any are waiting.
    public var notFinalPictures: String?

    public init(
        written: [String], diagnostics: [Diagnostic], notFinal: [DocumentStatus.Blocker] = [], notFinalPictures: String? = nil
    ) {
        self.notFinalPictures = notFinalPictures
        self.written = written
        self.diagnostics = diagnostics
        self.notFinal = notFinal
    }

    /// True when the document had errors, so nothing was written.
    public var refused: Bool { diagnostics.hasErrors }
}
