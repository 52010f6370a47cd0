import Testing
@testable import BrailleWriter

@Suite struct LouisTests {
    let louis = try! Louis()

    @Test func translatesToContractedUEB() throws {
        let cells = try #require(louis.translate("The quick brown fox."))
        // ,! qk br{n fox4 in Braille ASCII: "the" and "ow" contracted, a capital sign, a full stop.
        #expect(String(String.UnicodeScalarView(cells.map(\.unicode))) == "⠠⠮⠀⠟⠅⠀⠃⠗⠪⠝⠀⠋⠕⠭⠲")
    }

    @Test func readsBackWhatItWrote() throws {
        let cells = try #require(louis.translate("People who use services told us what matters."))
        #expect(louis.backTranslate(cells) == "People who use services told us what matters.")
    }

    @Test func everyPrintableASCIICharacterHasBraille() {
        for value in UInt32(0x21)...0x7E {
            #expect(louis.defines(Unicode.Scalar(value)!), "\(Unicode.Scalar(value)!)")
        }
    }

    @Test func aCharacterWithoutBrailleIsLeftOutNotEscaped() throws {
        #expect(!louis.defines("中"))
        let cells = try #require(louis.translate("a 中 b"))
        #expect(louis.backTranslate(cells)?.split(separator: " ") == ["a", "b"])
    }

    @Test func brailleASCIIIsNorthAmericanBrailleASCII() throws {
        let ascii = try #require(Louis.brailleASCII())
        #expect(ascii[0] == UInt8(ascii: " "))
        #expect(ascii[1] == UInt8(ascii: "A"))
        #expect(ascii[0b111111] == UInt8(ascii: "="))
        #expect(ascii[0b100000] == UInt8(ascii: ","))  // dot 6, the capital sign
    }

    @Test func aMissingTableIsATypedErrorNotACrash() {
        #expect(throws: LouisError(table: "no-such-table.ctb")) { try Louis(table: "no-such-table.ctb") }
    }

    @Test func longTextGoesInPiecesCutAtSpaces() {
        let text = Array(repeating: UInt32(0x61), count: 5000) + [0x20] + Array(repeating: UInt32(0x62), count: 10)
        let pieces = Louis.chunks(of: text)
        #expect(pieces.map(\.count) == [Louis.chunkLength, 5011 - Louis.chunkLength])
        let spaced = Array(repeating: UInt32(0x61), count: 3000) + [0x20] + Array(repeating: UInt32(0x62), count: 3000)
        #expect(Louis.chunks(of: spaced).map(\.count) == [3001, 3000])
    }
}
