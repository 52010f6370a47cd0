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
}
