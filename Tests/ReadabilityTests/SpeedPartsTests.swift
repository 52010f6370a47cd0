@testable import Readability
import Testing

/// The small parts written for the checker's speed must give exactly what the plain ways give.
@Suite struct SpeedPartsTests {
    // MARK: The tokeniser's hashes

    /// The tokeniser works out a plain word's list hash as it scans it; it must be what `WordHash.of`
    /// gives for the word's bytes, whatever the word's case, digits or neighbours.
    @Test func tokeniserHashesAreWordHashes() {
        let text = "The NHS and GPs met Dr Smith at 10.30 a.m. in 2026. Don't re-arrange £4.50 or www.nhs.uk ’quotes’ CAFÉ."
        let bytes = Array(text.utf8)
        let sentences = Tokeniser().sentences(in: text)
        #expect(sentences.count >= 2)
        for word in sentences.flatMap(\.words) {
            let expected = bytes.withUnsafeBufferPointer { WordHash.of(UnsafeBufferPointer(rebasing: $0[word.range])) }
            #expect(word.hash == expected, "\(String(decoding: bytes[word.range], as: UTF8.self))")
        }
    }

    // MARK: FindingMessage

    @Test func messagesMatchInterpolation() {
        let phrase = Array("was reviewed".utf8)
        #expect(
            FindingMessage.make(.text("'"), .bytes(phrase[...]), .text("' may be passive."))
                == "'was reviewed' may be passive.")
        for number in [0, 7, 10, 25, 99, 100, 12345, -1, -40, Int.max, Int.min + 1] {
            #expect(
                FindingMessage.make(.text("This sentence has "), .number(number), .text(" words."))
                    == "This sentence has \(number) words.")
        }
        #expect(FindingMessage.make(.string("Café "), .bytes(Array("naïve".utf8)[...]), .text(".")) == "Café naïve.")
        #expect(FindingMessage.make() == "")
    }

    // MARK: WordScratch

    @Test func scratchKeepsWordsInOrderAsItGrows() {
        var scratch = WordScratch()
        let words = (0..<200).map { index in
            Word(range: index..<(index + 1), kind: .word, syllables: index % 5, letters: 1, characters: 1,
                isCapitalised: index % 2 == 0, hash: UInt64(index))
        }
        for word in words { scratch.append(word) }
        #expect(scratch.count == 200)
        #expect(scratch.copied() == words)
        #expect(scratch[0] == words[0] && scratch.last == words[199])
        scratch.removeAll()
        #expect(scratch.isEmpty && scratch.last == nil && scratch.copied().isEmpty)
    }

    // MARK: SyllableMemo

    @Test func memoRemembersWholeEntriesAndForgetsOnlyWhatDoesNotFit() {
        let memo = SyllableMemo(placeCount: 16)
        let hash: UInt64 = 0xABCD_EF01_2345_6700
        #expect(memo.count(forHash: hash) == nil)
        memo.remember(3, forHash: hash)
        #expect(memo.count(forHash: hash) == 3)
        // Another word in the same place takes it over; the first is then worked out again.
        let other = hash ^ (1 << 40)
        memo.remember(5, forHash: other)
        #expect(memo.count(forHash: other) == 5)
        #expect(memo.count(forHash: hash) == nil || memo.count(forHash: hash) == 3)
        // A count too big for its byte, or a hash that would read as an empty place, is not kept.
        memo.remember(300, forHash: 0x1111_2222_3333_4400)
        #expect(memo.count(forHash: 0x1111_2222_3333_4400) == nil)
        memo.remember(2, forHash: 0x42)
        #expect(memo.count(forHash: 0x42) == nil)
    }
}
