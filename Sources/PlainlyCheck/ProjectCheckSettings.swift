import Foundation
import PlainlyModel
import PlainlySource
import Readability

/// A project's `.plainly.yaml` as every command checks with it: `check`, `status`, `build --final` and
/// the preview's highlights all find it here, the same way, so a rule ignored or a word added there is
/// ignored or known in each. The nearest one at or above the folder counts; it is read
/// (`ProjectSettingsReader`, with its limits) and its rule names resolved (`CheckSettings.resolving`).
public struct ProjectCheckSettings: Sendable, Equatable {
    public var settings: CheckSettings
    /// For `.txt`, `.html` and `.docx` files only: a Plainly source's own profile stands.
    public var profile: Profile?
    /// The settings file, as shown in messages.
    public var file: String

    /// The nearest settings at or above `folder`, nil when there are none, or every problem with them,
    /// each at its line: settings half understood would check with settings nobody chose. The file is
    /// shown relative to `workingDirectory` (the process's when nil) when it is inside it.
    public static func nearest(to folder: URL, relativeTo workingDirectory: URL? = nil) throws(ProjectSettings.Problems) -> ProjectCheckSettings? {
        guard let url = ProjectSettingsReader.find(from: folder) else { return nil }
        let base = (workingDirectory ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL.path
        let full = url.standardizedFileURL.path
        let shown = full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : full
        let (project, problems) = ProjectSettingsReader.read(at: url, shownAs: shown)
        switch CheckSettings.resolving(project) {
        case .failure(let more): throw ProjectSettings.Problems((problems + more.diagnostics).sortedByLocation())
        case .success(let settings):
            if !problems.isEmpty { throw ProjectSettings.Problems(problems) }
            return ProjectCheckSettings(settings: settings, profile: project.profile, file: shown)
        }
    }

    /// What a loaded Plainly source is checked with (its own folder's settings, as `plainly check` of
    /// it uses), and the problems that kept a settings file from being used, for the caller to show.
    public static func forSource(_ source: LoadedSource, relativeTo workingDirectory: URL? = nil) -> (settings: CheckSettings, problems: [Diagnostic]) {
        do {
            return (try nearest(to: source.baseDirectory, relativeTo: workingDirectory)?.settings ?? CheckSettings(), [])
        } catch {
            return (CheckSettings(), error.diagnostics)
        }
    }
}
