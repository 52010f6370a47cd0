@testable import Readability
import Testing

/// What the spelling rule holds back while Hunspell's dictionary loads comes out in order, all of it.
@Suite struct HeldBackTests {
    @Test func heldWhileNotReadyThenHandedOnInOrder() {
        var held = HeldBack<Int>(most: 10)
        #expect(held.take(1, ready: false).isEmpty)
        #expect(held.take(2, ready: false).isEmpty)
        #expect(held.take(3, ready: true) == [1, 2, 3])
        #expect(held.take(4, ready: true) == [4])
        #expect(held.items.isEmpty)
    }

    @Test func neverHoldsMoreThanItsMost() {
        var held = HeldBack<Int>(most: 2)
        #expect(held.take(1, ready: false).isEmpty)
        #expect(held.take(2, ready: false).isEmpty)
        #expect(held.take(3, ready: false) == [1, 2, 3], "full: the caller must wait for what it needs")
        #expect(held.items.isEmpty)
    }

    @Test func theEndHandsOnWhatIsLeft() {
        var held = HeldBack<Int>(most: 5)
        _ = held.take(7, ready: false)
        _ = held.take(8, ready: false)
        #expect(held.drain() == [7, 8])
        #expect(held.drain().isEmpty)
    }

    /// The rule's findings are the same whether or not the dictionary was ready when each unit came.
    @Test func spellingFindingsDoNotDependOnWhenTheDictionaryLoaded() {
        let paragraphs = (1...30).map { "Paragraph \($0) has a descrption and a recieved form, and \($0 % 3 == 0 ? "wrogn" : "right") words." }
        let checker = Checker(profile: .named(.plain), onlyRules: [Misspelling.id])
        let findings = checker.check(.paragraphs(paragraphs)).findings
        #expect(findings.map(\.message).contains { $0.contains("descrption") })
        #expect(findings.map(\.message).contains { $0.contains("wrogn") })
        #expect(findings == checker.check(.paragraphs(paragraphs)).findings)
    }
}
