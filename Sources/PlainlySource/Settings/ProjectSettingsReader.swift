import Foundation
import PlainlyModel

/// Finds and reads a project's `.plainly.yaml`: the checker's settings for every document in the
/// folder that holds it and the folders below. Read with the same YAML loading as front matter
/// (`YAMLLoader`, with its limits on nesting and values, and no aliases), and only as an ordinary file.
///
/// ```yaml
/// profile: plain                 # for .txt, .html and .docx files, which do not say their own
/// ignore: [passive-voice]        # rules not run
/// words: [Brookfield, VCSE]      # words the spelling, hard-word, jargon and acronym rules accept
/// rules:
///   long-sentence: { warning: 20, error: 30 }
/// ```
public enum ProjectSettingsReader {
    public static let fileName = ".plainly.yaml"
    static let keys = ["profile", "ignore", "words", "rules"]

    /// 256 KB. A settings file is a few dozen lines; `words:` at its longest (below) is about 230 KB.
    public static let maximumFileBytes = 256 * 1024
    /// 10,000 words in `words:`. A council's list of place names, services and partners is a few
    /// hundred; each word is looked up in every check.
    public static let maximumWords = 10_000
    /// 100 characters for one word or phrase in `words:`: the longest English words have about 30
    /// letters, and a phrase ("going forward") a few words.
    public static let maximumWordLength = 100
    /// The largest number a rule's limit may be. No sentence, paragraph or word needs a limit above
    /// 1,000 words, sentences or syllables; a larger number is a slip.
    public static let largestLimit = 1_000

    /// The nearest `.plainly.yaml` in `folder` or a folder above it, up to the root.
    public static func find(from folder: URL) -> URL? {
        var current = folder.standardizedFileURL
        while true {
            let candidate = current.appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path || current.path == "/" { return nil }
            current = parent
        }
    }

    /// The settings in `url`, shown in messages as `shown`, and every problem with them, each at its
    /// line. The caller refuses settings with problems (a settings file half understood would check
    /// with settings nobody chose) after adding its own about rule names, so all are said at once.
    public static func read(at url: URL, shownAs shown: String) -> (settings: ProjectSettings, problems: [Diagnostic]) {
        let start = SourceLocation(file: shown, line: 1, column: 1)
        guard let real = SourceFolder.realPath(url.path) else {
            return (ProjectSettings(file: shown), [.error("The settings file could not be found.", id: "bad-settings", at: start)])
        }
        let data: Data
        switch SourceFolder.readRegularFile(atRealPath: real, limit: maximumFileBytes) {
        case .success(let read): data = read
        case .failure(.tooLarge(_, let limit)):
            return (ProjectSettings(file: shown), [.error(
                "The settings file is larger than \(limit / 1024) KB; a settings file needs a few dozen lines.",
                id: "bad-settings", at: start)])
        case .failure(.notARegularFile):
            return (ProjectSettings(file: shown), [.error("'\(fileName)' here is not an ordinary file.", id: "bad-settings", at: start)])
        case .failure(let refusal):
            return (ProjectSettings(file: shown), [.error("The settings file could not be read (\(refusal)).", id: "bad-settings", at: start)])
        }
        let text: String
        switch TextDecoding.decode(data, file: shown) {
        case .text(let decoded): text = decoded
        case .failure(let diagnostic): return (ProjectSettings(file: shown), [diagnostic])
        }
        return read(text, shownAs: shown)
    }

    /// The settings written in `text`.
    public static func read(_ text: String, shownAs shown: String) -> (settings: ProjectSettings, problems: [Diagnostic]) {
        var settings = ProjectSettings(file: shown)
        let root: YAMLValue?
        switch YAMLLoader.load(text, file: shown, lineOffset: 0) {
        case .value(let value): root = value
        case .failure(let diagnostic): return (ProjectSettings(file: shown), [diagnostic])
        }
        var fields = FieldReader()
        var problems: [Diagnostic] = []
        if let root {
            let entries = fields.entries(root, key: fileName)
            for entry in entries {
                switch entry.key {
                case "profile": settings.profile = fields.choice(entry.value, key: "profile", as: Profile.self)
                case "ignore": settings.ignoredRules = named(entry.value, key: "ignore", fields: &fields)
                case "words": settings.words = words(entry.value, fields: &fields, problems: &problems)
                case "rules": settings.rules = rules(entry.value, fields: &fields, problems: &problems)
                default:
                    let guess = Suggestion.closest(to: entry.key, among: keys).map { " Did you mean '\($0)'?" } ?? ""
                    problems.append(.error(
                        "Unknown setting '\(entry.key)'.\(guess) A settings file may have: \(keys.joined(separator: ", ")).",
                        id: "unknown-key", at: entry.keyLocation))
                }
            }
        }
        problems += fields.diagnostics
        return (settings, problems.sortedByLocation())
    }

    /// One name or a list of names, each with its place.
    static func named(_ value: YAMLValue, key: String, fields: inout FieldReader) -> [ProjectSettings.Named] {
        let items: [YAMLValue] = if case .sequence(let items, _) = value { items } else { [value] }
        return items.compactMap { item in
            fields.text(item, key: key).map { ProjectSettings.Named($0, at: item.location) }
        }
    }

    static func words(_ value: YAMLValue, fields: inout FieldReader, problems: inout [Diagnostic]) -> [String] {
        let words = named(value, key: "words", fields: &fields)
        if words.count > maximumWords {
            problems.append(.error(
                "'words' has \(words.count) words; at most \(maximumWords) are read. Keep the words your documents use.",
                id: "bad-value", at: value.location))
            return []
        }
        for word in words where word.name.count > maximumWordLength {
            problems.append(.error(
                "This word is longer than \(maximumWordLength) characters; 'words' takes words and short phrases.",
                id: "bad-value", at: word.location))
        }
        return words.map(\.name)
    }

    static func rules(
        _ value: YAMLValue, fields: inout FieldReader, problems: inout [Diagnostic]
    ) -> [(rule: ProjectSettings.Named, settings: [ProjectSettings.Setting])] {
        fields.entries(value, key: "rules").map { rule in
            let settings = fields.entries(rule.value, key: "rules: \(rule.key)").compactMap { entry -> ProjectSettings.Setting? in
                let name = ProjectSettings.Named(entry.key, at: entry.keyLocation)
                guard let text = fields.text(entry.value, key: "\(rule.key): \(entry.key)") else { return nil }
                if entry.key == "severity" {
                    guard let severity = Diagnostic.Severity(rawValue: text.lowercased()) else {
                        problems.append(.error(
                            "'severity' must be one of 'error', 'warning', 'note'; found '\(text)'.", id: "bad-value",
                            at: entry.value.location))
                        return nil
                    }
                    return ProjectSettings.Setting(name, .severity(severity))
                }
                guard let number = Int(text), (1...largestLimit).contains(number) else {
                    problems.append(.error(
                        "'\(rule.key): \(entry.key)' must be a whole number from 1 to \(largestLimit); found '\(text)'.",
                        id: "bad-value", at: entry.value.location))
                    return nil
                }
                return ProjectSettings.Setting(name, .number(number))
            }
            return (ProjectSettings.Named(rule.key, at: rule.keyLocation), settings)
        }
    }
}
