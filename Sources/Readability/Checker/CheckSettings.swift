import PlainlyModel

/// What a project asks of the checker (`.plainly.yaml`, read by `ProjectSettings` in PlainlySource):
/// rules it does not want, its own limits for some rules, and words it uses knowingly. Applied on
/// top of a profile, so a profile's other settings stay as they are.
public struct CheckSettings: Sendable, Equatable {
    /// Rules that are not run.
    public var ignoredRules: Set<String>
    /// Settings by rule id, each field replacing the profile's when given.
    public var rules: [String: RuleSettings]
    /// Words every document of the project uses knowingly (as `words:` in front matter).
    public var words: [String]

    public init(ignoredRules: Set<String> = [], rules: [String: RuleSettings] = [:], words: [String] = []) {
        self.ignoredRules = ignoredRules
        self.rules = rules
        self.words = words
    }

    /// A project's settings as the checker uses them, or every name in them it does not know, each at
    /// its line with the closest name.
    public static func resolving(_ project: ProjectSettings) -> Result<CheckSettings, ProjectSettings.Problems> {
        let known = RuleRegistry.all.map { $0.id }
        var problems: [Diagnostic] = []
        func knownRule(_ named: ProjectSettings.Named) -> Bool {
            if known.contains(named.name) { return true }
            let guess = Suggestion.closest(to: named.name, among: known).map { " Did you mean '\($0)'?" } ?? ""
            problems.append(.error(
                "There is no rule '\(named.name)'.\(guess) The rules are: \(known.joined(separator: ", ")).", id: "unknown-rule",
                at: named.location))
            return false
        }
        var settings = CheckSettings(words: project.words)
        for named in project.ignoredRules where knownRule(named) { settings.ignoredRules.insert(named.name) }
        for (rule, given) in project.rules where knownRule(rule) {
            let adjustable = adjustableSettings(of: rule.name)
            var ruleSettings = settings.rules[rule.name] ?? RuleSettings()
            for setting in given {
                let name = setting.name.name
                switch setting.value {
                case .severity(let severity) where name == "severity":
                    ruleSettings.severity = severity
                case .number(let number) where adjustable.contains(name) && ruleSettings.set(name, to: number):
                    break
                default:
                    let guess = Suggestion.closest(to: name, among: adjustable).map { " Did you mean '\($0)'?" } ?? ""
                    problems.append(.error(
                        "'\(rule.name)' has no setting '\(name)'.\(guess) Its settings are: \(adjustable.joined(separator: ", ")).",
                        id: "unknown-key", at: setting.name.location))
                }
            }
            if let warning = ruleSettings.warning, let error = ruleSettings.error, warning > error {
                problems.append(.error(
                    "'\(rule.name)': 'warning' (\(warning)) is above 'error' (\(error)); a warning comes before an error.",
                    id: "bad-value", at: rule.location))
            }
            settings.rules[rule.name] = ruleSettings
        }
        return problems.isEmpty ? .success(settings) : .failure(.init(problems))
    }

    public var isEmpty: Bool { ignoredRules.isEmpty && rules.isEmpty && words.isEmpty }

    /// `profile` without the ignored rules, with the project's settings over its own. A rule the
    /// profile does not run is not started by giving it a setting.
    public func applied(to profile: CheckProfile) -> CheckProfile {
        var result = profile
        for id in ignoredRules { result.rules[id] = nil }
        for (id, settings) in rules {
            guard let own = result.rules[id] else { continue }
            result.rules[id] = own.overridden(by: settings)
        }
        return result
    }

    /// The settings a project may give each rule: those the shipped profiles give it (its limits),
    /// and `severity` for every rule. As they are written in `.plainly.yaml`.
    public static func adjustableSettings(of ruleID: String) -> [String] {
        var names: Set<String> = ["severity"]
        for profile in CheckProfile.shipped.values {
            guard let settings = profile.rules[ruleID] else { continue }
            if settings.warning != nil { names.insert("warning") }
            if settings.error != nil { names.insert("error") }
            if settings.maximum != nil { names.insert("maximum") }
            if settings.sentences != nil { names.insert("sentences") }
            if settings.words != nil { names.insert("words") }
            if settings.minimumSyllables != nil { names.insert("minimum-syllables") }
        }
        return names.sorted()
    }
}

extension RuleSettings {
    /// These settings, with each field `other` gives in its place.
    func overridden(by other: RuleSettings) -> RuleSettings {
        RuleSettings(
            severity: other.severity ?? severity, warning: other.warning ?? warning, error: other.error ?? error,
            maximum: other.maximum ?? maximum, sentences: other.sentences ?? sentences, words: other.words ?? words,
            minimumSyllables: other.minimumSyllables ?? minimumSyllables,
            everydayFrequency: other.everydayFrequency ?? everydayFrequency)
    }

    /// One setting as `.plainly.yaml` names it, set to a number; false for a name it does not have.
    public mutating func set(_ name: String, to value: Int) -> Bool {
        switch name {
        case "warning": warning = value
        case "error": error = value
        case "maximum": maximum = value
        case "sentences": sentences = value
        case "words": words = value
        case "minimum-syllables": minimumSyllables = value
        default: return false
        }
        return true
    }
}
