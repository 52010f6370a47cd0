import PlainlyModel

/// What a rule found: data, convertible to a compiler-style `Diagnostic`.
public struct Finding: Hashable, Sendable {
    /// The model's one severity, shared with every reader's diagnostics.
    public typealias Severity = Diagnostic.Severity

    public var rule: String
    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// Why this matters to a reader.
    public var why: String
    /// What to do about it.
    public var suggestion: String?
    /// The sentence (or heading, or cell) it is about, as written.
    public var excerpt: String?
    /// Which unit of the document and which bytes of its text, for reports that show the text.
    public var unitIndex: Int?
    public var range: Range<Int>?
    /// What the finding is about when the same thing can be found again (a jargon phrase, in its
    /// list form): the report a writer acts on lists it once, at its first use (`ActionList`).
    public var subject: String?

    public init(
        rule: String, severity: Severity, location: SourceLocation, message: String, why: String,
        suggestion: String? = nil, excerpt: String? = nil, unitIndex: Int? = nil, range: Range<Int>? = nil,
        subject: String? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.location = location
        self.message = message
        self.why = why
        self.suggestion = suggestion
        self.excerpt = excerpt
        self.unitIndex = unitIndex
        self.range = range
        self.subject = subject
    }

    public var diagnostic: Diagnostic {
        Diagnostic(severity, message, id: rule, at: location, why: why, suggestion: suggestion)
    }
}

extension Array where Element == Finding {
    /// By position, then the most severe first, then rule id: never in discovery order.
    public func sortedByLocation() -> [Finding] {
        var copy = self
        copy.sortByLocation()
        return copy
    }

    /// Sorts a small key for each finding, then moves each finding once, in place: a long text can
    /// have tens of thousands of findings, and comparing or copying them field by field is slow.
    public mutating func sortByLocation() {
        var files: [String] = [], rules: [String] = []
        // Fields are read straight from the array's storage: reading them through `self[index]`
        // copies the whole finding, strings and all, for each field.
        var keys = withUnsafeBufferPointer { findings in
            findings.indices.map { index in
                SortKey(
                    file: Self.position(of: findings[index].location.file, in: &files), line: findings[index].location.line,
                    column: findings[index].location.column, severity: 2 - findings[index].severity.rank,
                    rule: Self.position(of: findings[index].rule, in: &rules), index: index)
            }
        }
        // Files and rules are numbered in order of appearance; number them alphabetically instead.
        let fileRank = Self.alphabeticalRanks(files), ruleRank = Self.alphabeticalRanks(rules)
        for index in keys.indices {
            keys[index].file = fileRank[keys[index].file]
            keys[index].rule = ruleRank[keys[index].rule]
        }
        withUnsafeBufferPointer { findings in
            keys.sort { a, b in
                if a.isBefore(b) { return true }
                if b.isBefore(a) { return false }
                return findings[a.index].message < findings[b.index].message
            }
        }
        // Follow each cycle of the permutation with swaps in the array's storage, which move findings
        // without copying them (an array's own swap copies one through a temporary).
        var placed = [Bool](repeating: false, count: count)
        withUnsafeMutableBufferPointer { findings in
            for start in keys.indices where !placed[start] {
                var target = start
                while true {
                    placed[target] = true
                    let source = keys[target].index
                    if source == start { break }
                    findings.swapAt(target, source)
                    target = source
                }
            }
        }
    }

    /// Where `name` is in `names`, adding it at the end if new; few distinct names, often the last one.
    private static func position(of name: String, in names: inout [String]) -> Int {
        if let last = names.last, last == name { return names.count - 1 }
        if let found = names.firstIndex(of: name) { return found }
        names.append(name)
        return names.count - 1
    }

    private static func alphabeticalRanks(_ names: [String]) -> [Int] {
        var ranks = [Int](repeating: 0, count: names.count)
        for (rank, index) in names.indices.sorted(by: { names[$0] < names[$1] }).enumerated() { ranks[index] = rank }
        return ranks
    }
}

/// Where a finding goes in the order: file, line, column, the most severe first, then rule.
private struct SortKey {
    var file: Int
    var line: Int
    var column: Int
    var severity: Int
    var rule: Int
    var index: Int

    func isBefore(_ other: SortKey) -> Bool {
        (file, line, column, severity, rule) < (other.file, other.line, other.column, other.severity, other.rule)
    }
}
