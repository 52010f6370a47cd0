import Testing

@testable import Readability

/// Guesses one edit away, from the common words, most common first.
@Suite struct SpellingGuessesTests {
    let guesses = SpellingGuesses([("the", 7.7), ("receive", 5.0), ("description", 4.9), ("form", 5.4), ("from", 6.7), ("forms", 4.9)])

    @Test(arguments: [
        ("descrption", ["description"]),  // a letter left out
        ("recieve", ["receive"]),  // two swapped
        ("fomr", ["form"]),
        ("fom", ["from", "form"]),  // both one letter short; the commoner first
        ("zzzzzz", []),
        ("th", []),  // too short to guess
    ])
    func guessesOneEditAway(word: String, expected: [String]) {
        #expect(guesses.guesses(for: word) == expected)
    }

    /// A letter outside ASCII is edited whole: swapped or left in place as one letter, not as bytes.
    @Test(arguments: [("caéf", ["café"]), ("cafée", ["café"]), ("cafés", ["café"]), ("naïvee", ["naïve"])])
    func lettersOutsideASCIIAreEditedWhole(word: String, expected: [String]) {
        let guesses = SpellingGuesses([("café", 4.5), ("naïve", 4.2)])
        #expect(guesses.guesses(for: word) == expected)
    }

    /// Failing a common word, the pronouncing dictionary's words one edit away, in order.
    @Test func rarerWordsComeFromTheDictionaryWhenNoCommonWordIsNear() {
        let known: Set<String> = ["zorbing", "zorbed"]
        let guesses = SpellingGuesses([("the", 7.7)]) { known.contains(String(decoding: $0, as: UTF8.self)) }
        #expect(guesses.guesses(for: "zorbign") == ["zorbing"])
        #expect(guesses.guesses(for: "zorbd") == ["zorbed"])
    }
}
