import Readability
import Testing

/// Names from code and files count as one word each (one syllable, no letters), as addresses do;
/// full stops between words and abbreviations keep their own rules.
@Suite struct IdentifierWordsTests {
    private func words(_ text: String) -> [(String, Word.Kind)] {
        let bytes = Array(text.utf8)
        return Tokeniser().sentences(in: text).flatMap(\.words).map {
            (String(decoding: bytes[$0.range], as: UTF8.self), $0.kind)
        }
    }

    @Test(arguments: [
        ("Call ffi_prep_closure_loc now.", "ffi_prep_closure_loc"),
        ("Set MAX_SIZE to ten.", "MAX_SIZE"),
        ("Use os.path.join here.", "os.path.join"),
        ("It runs on node.js.", "node.js"),
        ("Open read_me_2.txt first.", "read_me_2.txt"),
    ])
    func anIdentifierIsOneWord(text: String, identifier: String) throws {
        let found = words(text)
        let match = try #require(found.first { $0.0 == identifier }, "\(found.map(\.0))")
        #expect(match.1 == .identifier)
        #expect(found.count == text.split(separator: " ").count)
    }

    @Test func anIdentifierHasOneSyllableAndNoLetters() throws {
        let word = try #require(Tokeniser().sentences(in: "See ffi_prep_closure_loc.").first?.words.last)
        #expect(word.kind == .identifier && word.syllables == 1 && word.letters == 0)
    }

    @Test(arguments: [
        ("Bring proof, e.g. a bill. Then sign.", ["e.g", "a", "bill"]),
        ("Go to www.example.org today.", ["www.example.org"]),
        ("Email help@example.org today.", ["help@example.org"]),
        ("It costs £4.50 a week.", ["£4.50"]),
        ("Stop. Then go.", ["Stop", "Then"]),
        ("Well_ done _ok", ["Well", "done", "ok"]),
    ])
    func otherFullStopsAndUnderscoresKeepTheirRules(text: String, expected: [String]) {
        let found = words(text)
        for word in expected { #expect(found.contains { $0.0 == word }, "\(word) in \(found.map(\.0))") }
        #expect(!found.contains { $0.1 == .identifier }, "\(found.map(\.0))")
    }
}
