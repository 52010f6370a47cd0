@testable import Readability
import Testing

/// The HTML report escapes `&`, `<`, `>` and `"` wherever they fall, looking at eight bytes at a time.
@Suite struct HTMLEscapeTests {
    /// Escaped one character at a time, as a reference.
    static func reference(_ text: String) -> String {
        text.map { character -> String in
            switch character {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            default: String(character)
            }
        }.joined()
    }

    @Test(arguments: ["&", "<", ">", "\"", "&<", "\n", "'", "%", "=", "?", "\u{7F}", "é", "😀"])
    func aCharacterToEscapeIsFoundAnywhereInALongString(_ special: String) {
        let plain = Array("abcdefghijklmnopqrstuvwx")
        for position in 0...plain.count {
            var characters = plain
            characters.insert(contentsOf: special, at: position)
            let text = String(characters)
            #expect(HTMLReport().escape(text) == Self.reference(text), "\(special) at \(position)")
        }
    }

    /// A line break needs a `<br>` only in a unit's text: looked for in every place of eight bytes then.
    @Test func lineBreaksAreFoundWhenAsked() {
        for position in 0..<8 {
            var bytes = Array("abcdefgh".utf8)
            bytes[position] = 10
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            #expect(HTMLReport.wordNeedsEscape(word, breaks: true), "at \(position)")
            #expect(!HTMLReport.wordNeedsEscape(word, breaks: false), "at \(position)")
        }
        let plain = Array("a b;c:d/".utf8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        #expect(!HTMLReport.wordNeedsEscape(plain, breaks: true))
    }
}
