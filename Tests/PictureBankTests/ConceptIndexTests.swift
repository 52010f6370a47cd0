import Foundation
import Testing

@testable import PictureBank

@Suite struct ConceptIndexTests {
    @Test func holdsSeveralHundredPhrasesEachOnce() {
        let entries = ConceptIndex.shipped.entries
        #expect(entries.count >= 400)
        var seen: [String: Int] = [:]
        var twice: [String] = []
        for entry in entries {
            if let line = seen[entry.phrase] { twice.append("\(entry.phrase) (lines \(line) and \(entry.line))") }
            seen[entry.phrase] = entry.line
        }
        #expect(twice.isEmpty, "\(twice)")
    }

    @Test(arguments: [
        ("appointment", "calendar"), ("carer", "care_assistant_1a"), ("pay", "money"), ("fee", "money"),
        ("complain", "angry_man"), ("gp", "doctor_1a"),
    ])
    func mapsTheIssuesExamples(phrase: String, symbol: String) throws {
        let entry = try #require(ConceptIndex.shipped.entries.first { $0.phrase == phrase })
        #expect(entry.symbols.first == symbol)
    }

    @Test func noLineOfTheShippedFileIsPassedOver() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/PictureBank/Resources/concepts.tsv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(lines.count == ConceptIndex.shipped.entries.count)
    }

    @Test func readsPhrasesAndSymbolsAndSkipsComments() {
        let entries = ConceptIndex.parse("# a comment\ncare worker\tcare_assistant_1a help_,_to\n\nbroken line\n")
        #expect(entries.count == 1)
        #expect(entries.first?.words == ["care", "worker"])
        #expect(entries.first?.symbols == ["care_assistant_1a", "help_,_to"])
        #expect(entries.first?.line == 2)
    }
}
