import Foundation
import FuzzSupport
import Readability

/// Fuzzes the tokeniser: the input's bytes as text (bad UTF-8 repaired, as every public door takes
/// text), split into sentences and words, with every word's syllables counted.
@main
enum FuzzTokeniser {
    static func main() { FuzzInput.main(run) }

    /// One tokeniser for the whole run, as a check keeps one per worker: its scratch space is reused
    /// from one text to the next, and that reuse is part of what is tested.
    nonisolated(unsafe) static let tokeniser = Tokeniser()

    static func run(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        let length = text.utf8.count
        var end = 0
        for sentence in tokeniser.sentences(in: text) {
            // What callers rely on: sentences in order, not overlapping, inside the text, and each
            // word inside the text, so slicing the text by them is safe.
            precondition(sentence.range.lowerBound >= end && sentence.range.upperBound <= length, "sentence \(sentence.range) out of order or outside 0..<\(length)")
            end = sentence.range.upperBound
            for word in sentence.words {
                precondition(word.range.lowerBound >= 0 && word.range.upperBound <= length, "word \(word.range) outside 0..<\(length)")
                precondition(word.syllables >= 0 && word.letters >= 0, "negative count in \(word)")
            }
        }
    }
}
