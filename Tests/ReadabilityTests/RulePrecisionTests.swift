import Foundation
import PlainlyModel
import PlainlySource
import Readability
import Testing

/// Issue 15: of the warnings and errors the checker gives, at least 90 % must be right. Measured on
/// texts we wrote and labelled by hand before running the checker (Data/rules-labelled.tsv; how they
/// were labelled is in Data/README.md). Each text is checked in its profile with every rule of that
/// profile, as `plainly check` would, so a rule's false alarm on another rule's example counts too.
@Suite struct RulePrecisionTests {
    /// One labelled text.
    struct Entry: CustomStringConvertible {
        var line: Int
        var profile: Profile
        var kind: DocumentKind
        /// The rule the text was written to test, if any.
        var about: String?
        /// Rules whose warnings and errors are right, each maybe with the word its finding must name.
        var expected: [(rule: String, word: String?)]
        var markdown: String
        /// In the held-out batch: written after the rules were changed, never used to change them.
        var heldOut = false

        var description: String { "line \(line) (\(profile.rawValue)): \(markdown.replacingOccurrences(of: "\n", with: " / "))" }

        /// A finding is right when a label names its rule (and its word, if the label gives one).
        func labels(_ finding: Finding) -> Bool {
            expected.contains { $0.rule == finding.rule && ($0.word.map { finding.message.lowercased().contains($0.lowercased()) } ?? true) }
        }
    }

    static let minimumPrecision = 0.9

    static func entries() throws -> [Entry] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Data").appendingPathComponent("rules-labelled.tsv")
        var entries: [Entry] = []
        var heldOut = false
        for (index, line) in try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            // The held-out batch starts at a comment that says so, and runs to the end.
            if line.hasPrefix("#") && line.contains("held out") { heldOut = true }
            guard !line.hasPrefix("#"), !line.isEmpty else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 6, let profile = Profile(rawValue: fields[0]), let kind = DocumentKind(rawValue: fields[1]) else {
                Issue.record("rules-labelled.tsv:\(index + 1): expected profile, kind, about, rules, text and why, separated by tabs")
                continue
            }
            let expected: [(rule: String, word: String?)] = fields[3] == "-" ? [] : fields[3].split(separator: ",").map { label in
                let parts = label.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                return (rule: parts[0], word: parts.count > 1 ? parts[1] : nil)
            }
            entries.append(Entry(
                line: index + 1, profile: profile, kind: kind, about: fields[2] == "-" ? nil : fields[2], expected: expected,
                markdown: fields[4].replacingOccurrences(of: "\\n", with: "\n"), heldOut: heldOut))
        }
        return entries
    }

    /// The warnings and errors `plainly check` gives on the entry, read as a Plainly source.
    static func findings(_ entry: Entry) -> [Finding] {
        let source = "---\ntitle: Labelled example\nprofile: \(entry.profile.rawValue)\nkind: \(entry.kind.rawValue)\n---\n\(entry.markdown)\n"
        let reading = SourceReader(readsPictures: false).read(
            markdown: source, file: "labelled.md", baseDirectory: URL(fileURLWithPath: NSTemporaryDirectory()))
        #expect(!reading.diagnostics.contains { $0.severity >= .warning }, "\(entry): \(reading.diagnostics.map(\.message))")
        return CheckService().check(reading.document).findings.filter { $0.severity >= .warning }
    }

    @Test func everyLabelNamesARuleThatCanWarn() throws {
        let canWarn = Set(Profile.allCases.flatMap { profile in
            CheckProfile.named(profile).rules.filter { ($0.value.severity ?? .warning) >= .warning }.keys
        })
        let entries = try Self.entries()
        for entry in entries {
            for label in entry.expected { #expect(canWarn.contains(label.rule), "\(entry): unknown or note-only rule \(label.rule)") }
        }
        for rule in canWarn {
            // At least two texts it should report, and two written to look close that it should not.
            let fires = entries.filter { entry in entry.expected.contains { $0.rule == rule } }
            let nearMisses = entries.filter { entry in entry.about == rule && !entry.expected.contains { $0.rule == rule } }
            #expect(fires.count >= 2, "\(rule) has \(fires.count) texts it should report")
            #expect(nearMisses.count >= 2, "\(rule) has \(nearMisses.count) near misses")
            #expect(fires.count + nearMisses.count >= 4, "\(rule) has \(fires.count + nearMisses.count) texts")
        }
        for entry in entries {
            if let about = entry.about { #expect(canWarn.contains(about), "\(entry): about an unknown or note-only rule \(about)") }
        }
        #expect(entries.count >= 100)
    }

    @Test func warningsAndErrorsAreAtLeast90PercentRight() throws {
        var right: [String: Int] = [:], wrong: [String: Int] = [:], expected: [String: Int] = [:], found: [String: Int] = [:]
        var mistakes: [String] = []
        var heldOutRight = 0, heldOutAll = 0, heldOutTexts = 0
        for entry in try Self.entries() {
            let findings = Self.findings(entry)
            if entry.heldOut {
                heldOutTexts += 1
                heldOutAll += findings.count
                heldOutRight += findings.filter(entry.labels).count
            }
            for finding in findings {
                if entry.labels(finding) {
                    right[finding.rule, default: 0] += 1
                } else {
                    wrong[finding.rule, default: 0] += 1
                    mistakes.append("false alarm [\(finding.rule)] \(finding.message) — \(entry)")
                }
            }
            for label in entry.expected {
                expected[label.rule, default: 0] += 1
                let reported = findings.contains { finding in
                    finding.rule == label.rule && (label.word.map { finding.message.lowercased().contains($0.lowercased()) } ?? true)
                }
                if reported { found[label.rule, default: 0] += 1 } else { mistakes.append("missed [\(label.rule)] — \(entry)") }
            }
        }
        let rules = Set(right.keys).union(wrong.keys).union(expected.keys).sorted()
        print("Labelled set (Data/rules-labelled.tsv): warnings and errors by rule")
        for rule in rules {
            let reported = right[rule, default: 0] + wrong[rule, default: 0]
            let precision = reported == 0 ? "—" : String(format: "%5.1f %%", 100 * Double(right[rule, default: 0]) / Double(reported))
            let recall = expected[rule, default: 0] == 0
                ? "—" : String(format: "%5.1f %%", 100 * Double(found[rule, default: 0]) / Double(expected[rule, default: 0]))
            print("  \(rule.padding(toLength: 26, withPad: " ", startingAt: 0)) precision \(precision) (\(right[rule, default: 0]) of \(reported))  recall \(recall) (\(found[rule, default: 0]) of \(expected[rule, default: 0]))")
        }
        let allRight = right.values.reduce(0, +), all = allRight + wrong.values.reduce(0, +)
        let allFound = found.values.reduce(0, +), allExpected = expected.values.reduce(0, +)
        let precision = all == 0 ? 0 : Double(allRight) / Double(all)
        print(String(format: "  overall precision %.1f %% (%d of %d), recall %.1f %% (%d of %d)",
                     100 * precision, allRight, all, 100 * Double(allFound) / Double(max(1, allExpected)), allFound, allExpected))
        print(String(format: "  held-out batch (%d texts): precision %.1f %% (%d of %d)", heldOutTexts,
                     100 * Double(heldOutRight) / Double(max(1, heldOutAll)), heldOutRight, heldOutAll))
        for mistake in mistakes { print("  \(mistake)") }
        #expect(precision >= Self.minimumPrecision)
    }

    /// The labels match a short form by the words the reader sees: the message quotes "e.g." whole.
    @Test(arguments: [("Bring a snack, e.g. an apple.", "Write 'for example', not 'e.g.'."), ("It costs approx. £5.", "Write 'about', not 'approx.'."), ("Bring pens etc", "Write 'and so on', not 'etc'.")])
    func aShortFormIsQuotedAsWritten(text: String, message: String) {
        let findings = Checker(profile: .named(.easyRead), onlyRules: [EasyReadAbbreviation.id]).check(.paragraphs([text])).findings
        #expect(findings.map(\.message) == [message])
    }
}
