import Testing

@testable import CairoGraphics

/// Drawing takes a run apart into the words and spaces the line breaker measured, and draws each
/// from the glyphs kept when it was measured.
@Suite struct TypesetterPiecesTests {
    @Test(arguments: [
        ("care and support", ["care", " ", "and", " ", "support"]),
        ("end of line ", ["end", " ", "of", " ", "line", " "]),
        ("two  spaces", ["two", " ", " ", "spaces"]),
        ("café naïve £20", ["café", " ", "naïve", " ", "£20"]),
        ("", []),
    ])
    func aRunSplitsIntoWordsAndSingleSpaces(text: String, pieces: [String]) {
        #expect(Typesetter.pieces(of: text) == pieces)
        #expect(Typesetter.pieces(of: text).joined() == text)
    }
}
