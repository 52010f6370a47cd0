import Foundation
import PlainlyModel
import Readability
import Testing

/// The passive-voice rule's precision (of the sentences it reports, how many are passive) and recall
/// on sentences we wrote and labelled by hand (Data/passive-labelled.tsv). The goal is precision ≥ 70 %.
@Suite struct PassiveVoiceTests {
    @Test func precisionOnLabelledSentences() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Data").appendingPathComponent("passive-labelled.tsv")
        let samples: [(String, Bool)] = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { return nil }
            return (String(fields[0]), fields[1] == "1")
        }
        let checker = Checker(profile: .named(.plain), onlyRules: [PassiveVoice.id])
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var mistakes: [String] = []
        for (sentence, passive) in samples {
            let reported = !checker.check(.paragraphs([sentence])).findings.isEmpty
            switch (reported, passive) {
            case (true, true): truePositives += 1
            case (true, false): falsePositives += 1; mistakes.append("reported, not passive: \(sentence)")
            case (false, true): falseNegatives += 1; mistakes.append("missed: \(sentence)")
            case (false, false): break
            }
        }
        let precision = Double(truePositives) / Double(truePositives + falsePositives)
        let recall = Double(truePositives) / Double(truePositives + falseNegatives)
        print(String(format: "passive voice, %d labelled sentences: precision %.1f %% (%d of %d reported), recall %.1f %%",
                     samples.count, precision * 100, truePositives, truePositives + falsePositives, recall * 100))
        for mistake in mistakes { print("  \(mistake)") }
        #expect(samples.count >= 100)
        #expect(precision >= 0.7)
    }
}
