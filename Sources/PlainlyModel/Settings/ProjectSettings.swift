/// What a project's `.plainly.yaml` says, as written, each name with its place so that a name the
/// checker does not know can be reported at its line. `ProjectSettingsReader` (PlainlySource) reads
/// it; the checker (`CheckSettings` in Readability) checks the rule names and applies it.
public struct ProjectSettings: Hashable, Sendable {
    /// A name as written, and where.
    public struct Named: Hashable, Sendable {
        public var name: String
        public var location: SourceLocation

        public init(_ name: String, at location: SourceLocation) {
            self.name = name
            self.location = location
        }
    }

    /// One setting of a rule under `rules:`: `warning: 20` or `severity: note`.
    public struct Setting: Hashable, Sendable {
        public enum Value: Hashable, Sendable {
            case number(Int)
            case severity(Diagnostic.Severity)
        }

        public var name: Named
        public var value: Value

        public init(_ name: Named, _ value: Value) {
            self.name = name
            self.value = value
        }
    }

    /// Why settings cannot be used: every problem, each at its line.
    public struct Problems: Error, Hashable, Sendable {
        public var diagnostics: [Diagnostic]

        public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    }

    /// The file, as shown in messages.
    public var file: String
    /// The profile for files that do not name their own (`.txt`, `.html`, `.docx`).
    public var profile: Profile?
    /// Rules not run (`ignore:`).
    public var ignoredRules: [Named]
    /// Words every document of the project uses knowingly (`words:`).
    public var words: [String]
    /// Settings by rule (`rules:`), in the order written.
    public var rules: [(rule: Named, settings: [Setting])]

    public init(
        file: String, profile: Profile? = nil, ignoredRules: [Named] = [], words: [String] = [],
        rules: [(rule: Named, settings: [Setting])] = []
    ) {
        self.file = file
        self.profile = profile
        self.ignoredRules = ignoredRules
        self.words = words
        self.rules = rules
    }

    public static func == (lhs: ProjectSettings, rhs: ProjectSettings) -> Bool {
        lhs.file == rhs.file && lhs.profile == rhs.profile && lhs.ignoredRules == rhs.ignoredRules && lhs.words == rhs.words
            && lhs.rules.map(\.rule) == rhs.rules.map(\.rule) && lhs.rules.map(\.settings) == rhs.rules.map(\.settings)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(words)
    }
}
