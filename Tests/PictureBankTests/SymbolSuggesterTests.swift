import Foundation
import Testing

@testable import PictureBank

@Suite struct SymbolSuggesterTests {
    static let suggester = SymbolSuggester()

    @Test func findsTheConceptsSymbolAndSaysWhy() throws {
        let suggestions = Self.suggester.suggest(description: "Your GP")
        let first = try #require(suggestions.first)
        #expect(first.symbol == "doctor_1a")
        #expect(first.reason.contains("'gp'"))
    }

    @Test func handlesPluralsTensesAndAmericanSpellings() {
        #expect(Self.suggester.suggest(description: "Appointments").first?.symbol == "calendar")
        #expect(Self.suggester.suggest(description: "She complained").first?.symbol == "angry_man")
        #expect(Self.suggester.suggest(description: "You get paid").first?.symbol == "money")
        #expect(Self.suggester.suggest(description: "Talk to your mom").map(\.symbol).contains("mum_parent"))
    }

    @Test func offersOneDrawingOfEachThing() {
        let symbols = Self.suggester.suggest(description: "A doctor").map(\.symbol)
        #expect(symbols.first == "doctor_1a")
        #expect(!symbols.contains("doctor_2a"))
    }

    @Test func matchesSymbolNamesAndTagsBeyondTheIndex() {
        // "stethoscope" is not a phrase of the index: the symbol's own name finds it.
        let suggestions = Self.suggester.suggest(description: "A stethoscope")
        #expect(suggestions.first?.symbol == "stethoscope")
        #expect(suggestions.first?.reason.contains("its name matches") == true)
    }

    @Test func theDescriptionCountsBeforeTheRowsText() {
        let suggestions = Self.suggester.suggest(description: "A bus", rowText: "You will be paid for your time.")
        #expect(suggestions.first.map { $0.symbol.hasPrefix("bus") } == true)
        #expect(suggestions.contains { $0.symbol == "money" })
    }

    @Test func usesTheRowsTextWhenThereIsNoDescription() {
        #expect(Self.suggester.suggest(description: "", rowText: "Ring us on this number.").first?.symbol == "telephone_handset")
    }

    @Test func givesAsManyAsAskedFor() {
        #expect(Self.suggester.suggest(description: "A doctor at the hospital", count: 0).isEmpty)
        #expect(Self.suggester.suggest(description: "A doctor at the hospital", count: 1).count == 1)
        #expect(Self.suggester.suggest(description: "A doctor at the hospital", count: 5).count == 5)
    }

    @Test func givesNothingForWordsItDoesNotKnow() {
        #expect(Self.suggester.suggest(description: "the of and").isEmpty)
        #expect(Self.suggester.suggest(description: "").isEmpty)
    }

    @Test func looksOnlyAtTheFirstWordsOfAVeryLongText() {
        let filler = Array(repeating: "zzz", count: SymbolSuggester.maximumWords).joined(separator: " ")
        #expect(Self.suggester.suggest(description: filler + " doctor").isEmpty)
        #expect(Self.suggester.suggest(description: "doctor " + filler).first?.symbol == "doctor_1a")
    }

    @Test func aPersonCountsForLessThanWhatThePictureIsAbout() {
        #expect(Self.suggester.suggest(description: "A person with a walking stick").first?.symbol == "walking_stick")
        #expect(Self.suggester.suggest(description: "A person").first.map { $0.symbol.hasSuffix("face") } == true)
    }

    @Test func aHugeDescriptionIsStillQuick() {
        let huge = String(repeating: "appointment with the doctor ", count: 100_000)
        let start = ContinuousClock.now
        _ = Self.suggester.suggest(description: huge)
        #expect(ContinuousClock.now - start < .seconds(2))
    }
}
