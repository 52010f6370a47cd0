import Foundation
import PlainlyModel
@testable import Readability

/// The `--format json` report as it was made before it was streamed: built whole with `JSONEncoder`.
/// Kept only here, so the streamed report can be shown to write the very same bytes.
struct LegacyJSONReport: Sendable {
    static let schema = "plainly-check/1"
    var includesTokens: Bool

    init(includesTokens: Bool = false) {
        self.includesTokens = includesTokens
    }

    func render(_ report: CheckReport) -> String {
        let document = Output(
            schema: Self.schema,
            files: report.files.map(file),
            total: Total(
                files: report.files.count, counts: Counts(report.totalCounts, units: nil),
                scores: Scores(report.totalCounts).map(ScoreValues.init),
                findings: SeverityCounts(
                    error: report.count(of: .error), warning: report.count(of: .warning), note: report.count(of: .note))))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    func file(_ file: FileReport) -> FileOutput {
        let result = file.result
        return FileOutput(
            path: file.path, profile: result.profile.name.rawValue,
            counts: Counts(result.counts, units: includesTokens ? result.units.count : nil),
            scores: result.scores.map(ScoreValues.init),
            notEnoughText: result.scores == nil,
            summary: ScoreSummary.readingAge(result.scores, profile: result.profile),
            findings: result.findings.map { finding in
                FindingOutput(
                    rule: finding.rule, severity: finding.severity.rawValue,
                    path: Self.join(file.pathPrefix, finding.location.file), line: finding.location.line,
                    column: finding.location.column, message: finding.message, why: finding.why,
                    suggestion: finding.suggestion, excerpt: finding.excerpt)
            },
            sentences: includesTokens ? sentences(result, prefix: file.pathPrefix) : nil,
            error: file.failure)
    }

    func sentences(_ result: CheckResult, prefix: String) -> [SentenceOutput] {
        result.units.flatMap { unit in
            unit.sentences.map { sentence in
                let location = unit.unit.location(ofOffset: sentence.range.lowerBound)
                return SentenceOutput(
                    unit: unit.unit.kind.rawValue, path: Self.join(prefix, location.file), line: location.line,
                    column: location.column, text: FindingSink.oneLine(unit.text(sentence.range)),
                    words: sentence.words.map { word in
                        WordOutput(text: unit.text(of: word), kind: word.kind.rawValue, syllables: word.syllables)
                    })
            }
        }
    }

    static func join(_ prefix: String, _ file: String) -> String {
        if prefix.isEmpty { return file }
        if file.isEmpty { return prefix }
        return prefix.hasSuffix("/") ? prefix + file : prefix + "/" + file
    }

    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    struct Output: Encodable {
        var schema: String
        var files: [FileOutput]
        var total: Total
    }

    struct Total: Encodable {
        var files: Int
        var counts: Counts
        var scores: ScoreValues?
        var findings: SeverityCounts
    }

    struct SeverityCounts: Encodable {
        var error: Int
        var warning: Int
        var note: Int
    }

    struct FileOutput: Encodable {
        var path: String
        var profile: String
        var counts: Counts
        var scores: ScoreValues?
        var notEnoughText: Bool
        var summary: String
        var findings: [FindingOutput]
        var sentences: [SentenceOutput]?
        /// Only for a file that could not be checked.
        var error: String?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(profile, forKey: .profile)
            try container.encode(counts, forKey: .counts)
            try container.encode(scores, forKey: .scores)  // null when there is not enough text
            try container.encode(notEnoughText, forKey: .notEnoughText)
            try container.encode(summary, forKey: .summary)
            try container.encode(findings, forKey: .findings)
            try container.encodeIfPresent(sentences, forKey: .sentences)
            try container.encodeIfPresent(error, forKey: .error)
        }

        enum CodingKeys: String, CodingKey {
            case path, profile, counts, scores, notEnoughText, summary, findings, sentences, error
        }
    }

    struct Counts: Encodable {
        var sentences: Int
        var words: Int
        var syllables: Int
        var polysyllables: Int
        var complexWords: Int
        var letters: Int
        var characters: Int
        var units: Int?

        init(_ counts: TextCounts, units: Int?) {
            sentences = counts.sentences
            words = counts.words
            syllables = counts.syllables
            polysyllables = counts.polysyllables
            complexWords = counts.complexWords
            letters = counts.letters
            characters = counts.characters
            self.units = units
        }
    }

    struct ScoreValues: Encodable {
        var fleschReadingEase: Double
        var fleschKincaidGrade: Double
        var gunningFog: Double
        var smog: Double
        var smogSample: Double?
        var colemanLiau: Double
        var automatedReadabilityIndex: Double
        var ukReadingAge: Double

        init(_ scores: Scores) {
            fleschReadingEase = LegacyJSONReport.rounded(scores.fleschReadingEase)
            fleschKincaidGrade = LegacyJSONReport.rounded(scores.fleschKincaidGrade)
            gunningFog = LegacyJSONReport.rounded(scores.gunningFog)
            smog = LegacyJSONReport.rounded(scores.smog)
            smogSample = scores.smogSample.map(LegacyJSONReport.rounded)
            colemanLiau = LegacyJSONReport.rounded(scores.colemanLiau)
            automatedReadabilityIndex = LegacyJSONReport.rounded(scores.automatedReadabilityIndex)
            ukReadingAge = LegacyJSONReport.rounded(scores.ukReadingAge)
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(fleschReadingEase, forKey: .fleschReadingEase)
            try container.encode(fleschKincaidGrade, forKey: .fleschKincaidGrade)
            try container.encode(gunningFog, forKey: .gunningFog)
            try container.encode(smog, forKey: .smog)
            try container.encode(smogSample, forKey: .smogSample)  // null under 30 sentences
            try container.encode(colemanLiau, forKey: .colemanLiau)
            try container.encode(automatedReadabilityIndex, forKey: .automatedReadabilityIndex)
            try container.encode(ukReadingAge, forKey: .ukReadingAge)
        }

        enum CodingKeys: String, CodingKey {
            case fleschReadingEase, fleschKincaidGrade, gunningFog, smog, smogSample, colemanLiau
            case automatedReadabilityIndex, ukReadingAge
        }
    }

    struct FindingOutput: Encodable {
        var rule: String
        var severity: String
        var path: String
        var line: Int
        var column: Int
        var message: String
        var why: String
        var suggestion: String?
        var excerpt: String?
    }

    struct SentenceOutput: Encodable {
        var unit: String
        var path: String
        var line: Int
        var column: Int
        var text: String
        var words: [WordOutput]
    }

    struct WordOutput: Encodable {
        var text: String
        var kind: String
        var syllables: Int
    }
}
