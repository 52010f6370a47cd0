import Foundation
import Testing

@testable import PictureBank

/// The suggester measured on picture slots we wrote ourselves (Data/slot-descriptions.tsv), each
/// with the symbols that fit it: the goal is a fitting symbol in the top 3 for at least 80 %.
@Suite struct HitRateTests {
    struct Slot {
        var description: String
        var rowText: String
        var fitting: [String]
        var line: Int
    }

    static let slots: [Slot] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Data/slot-descriptions.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").enumerated().compactMap { offset, line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3 else { return nil }
            return Slot(description: fields[0], rowText: fields[1], fitting: fields[2].split(separator: " ").map(String.init), line: offset + 1)
        }
    }()

    @Test func theSetHasAtLeastFortySlotsEachWithAFittingSymbolTheBankShips() {
        #expect(Self.slots.count >= 40)
        for slot in Self.slots {
            #expect(slot.fitting.contains(where: PictureBank.shipped.contains), "line \(slot.line): \(slot.fitting)")
        }
    }

    @Test func atLeastEightyPercentHaveAFittingSymbolInTheTopThree() {
        let suggester = SymbolSuggester()
        var misses: [String] = []
        for slot in Self.slots {
            let top = suggester.suggest(description: slot.description, rowText: slot.rowText, count: 3).map(\.symbol)
            if !top.contains(where: slot.fitting.contains) { misses.append("\(slot.description) → \(top)") }
        }
        let rate = Double(Self.slots.count - misses.count) / Double(max(Self.slots.count, 1))
        print("Picture suggestions: \(Self.slots.count - misses.count) of \(Self.slots.count) slots (\(Int((rate * 100).rounded())) %) have a fitting symbol in the top 3.")
        for miss in misses { print("  missed: \(miss)") }
        #expect(rate >= 0.8)
    }

    /// scripts/bench-pictures times the release build; this keeps a debug build honest too.
    @Test func suggestingForAHundredSlotsTakesAFractionOfASecond() {
        let suggester = SymbolSuggester()
        let hundred = (0..<100).map { Self.slots[$0 % Self.slots.count] }
        let start = ContinuousClock.now
        let found = hundred.map { suggester.suggest(description: $0.description, rowText: $0.rowText) }
        let elapsed = ContinuousClock.now - start
        print("Picture suggestions: 100 slots in \(elapsed) (debug build).")
        #expect(found.allSatisfy { !$0.isEmpty })
        #expect(elapsed < .seconds(1))
    }
}
