import Foundation
import Readability
import Testing

/// Measures the syllable counter against the CMU Pronouncing Dictionary (see Data/README.md).
/// The figures are printed so that a run can be quoted; the expectations are the issue's goals.
@Suite struct SyllableAccuracyTests {
    struct Sample {
        var word: String
        var counts: [Int]
    }

    static func load(_ name: String) throws -> [Sample] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Data").appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") { return nil }
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { return nil }
            return Sample(word: String(fields[0]), counts: fields[1].split(separator: ",").compactMap { Int($0) })
        }
    }

    @Test func frequentWordsAreExact() throws {
        let samples = try Self.load("frequent-5000.tsv")
        let counter = SyllableCounter()
        let known = samples.filter { !$0.counts.isEmpty }
        let first = known.filter { counter.count($0.word) == $0.counts[0] }.count
        let any = known.filter { $0.counts.contains(counter.count($0.word)) }.count
        let rate = Double(first) / Double(known.count)
        print("syllables, 5,000 most frequent words: \(first)/\(known.count) = \(percent(rate)) match CMU's first pronunciation, \(percent(Double(any) / Double(known.count))) match one of its pronunciations; \(samples.count - known.count) words CMU lacks are not scored")
        #expect(rate >= 0.995)
    }

    /// The letter rules were tuned on the words of `rules-tuning.tsv` and `rules-dev.tsv`; the words of
    /// `rules-held-out.tsv` were never looked at, only this figure. Its expectation is the issue's goal,
    /// the others are a little under what the rules scored when they were committed.
    @Test(arguments: [("rules-tuning.tsv", 0.93), ("rules-dev.tsv", 0.93), ("rules-held-out.tsv", 0.90)])
    func rulesAloneOnRareWords(file: String, expected: Double) throws {
        let samples = try Self.load(file)
        let first = samples.filter { SyllableRules.count($0.word) == $0.counts[0] }.count
        let any = samples.filter { $0.counts.contains(SyllableRules.count($0.word)) }.count
        let rate = Double(first) / Double(samples.count)
        print("syllables, letter rules alone, \(file): \(first)/\(samples.count) = \(percent(rate)) match CMU's first pronunciation, \(percent(Double(any) / Double(samples.count))) match one of its pronunciations")
        #expect(rate >= expected)
    }

    @Test(arguments: [
        ("people", 2), ("people's", 2), ("James's", 2), ("organisation", 5), ("organisations", 5),
        ("colour", 2), ("centre", 2), ("catalogue", 3), ("licence", 2), ("travelled", 2), ("paediatric", 4),
        ("well-being", 3), ("co-production", 4), ("NHS", 3), ("CQC", 3), ("GPs", 2), ("W", 3),
        ("don't", 1), ("wouldn’t", 2), ("café", 2), ("safeguarding", 3), ("", 0),
    ])
    func wordsCountedAsSaid(word: String, syllables: Int) {
        #expect(SyllableCounter().count(word) == syllables)
    }

    private func percent(_ value: Double) -> String { String(format: "%.2f %%", value * 100) }
}

/// Numbers count as they are said aloud.
@Suite struct NumberSyllableTests {
    @Test(arguments: [
        ("3", 1), ("7", 2), ("15", 2), ("21", 3), ("105", 5), ("1,200", 6), ("2024", 5), ("1999", 5), ("2005", 5),
        ("1900", 4), ("1905", 4), ("10.30", 3), ("10.05", 3), ("2.5", 3), ("£4.50", 4), ("£4", 2), ("45%", 5),
        ("10:30", 3), ("23/11/2026", 11), ("3rd", 1),
        // Found by fuzzing: pence of 19 or more digits overflowed. More than two digits after a
        // pound sign are a decimal: "four point five five five five pounds".
        ("£4.5555", 7), ("£4.55555555555555555555", 23),
    ])
    func said(number: String, syllables: Int) {
        var bytes = Array(number.utf8)
        let count = bytes.withUnsafeMutableBufferPointer { NumberSyllables.count(UnsafeBufferPointer($0)) }
        #expect(count == syllables)
    }
}
