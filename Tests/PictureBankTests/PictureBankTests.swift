import Foundation
import Testing

@testable import PictureBank

@Suite struct PictureBankTests {
    let bank = PictureBank.shipped

    @Test func shipsTheSymbolsTheConceptIndexNamesWithTheirLicence() throws {
        #expect(bank.names.count > 300)
        let missing = ConceptIndex.shipped.entries.flatMap(\.symbols).filter { !bank.contains($0) }
        #expect(missing.isEmpty, "concepts.tsv names symbols the bank does not ship: \(missing)")
        let folder = try #require(bank.file(named: "doctor_1a")).deletingLastPathComponent()
        let licence = try String(contentsOf: folder.appendingPathComponent("LICENSE.txt"), encoding: .utf8)
        #expect(licence.contains("Steve Lee") && licence.contains("by-sa/4.0"))
        let readme = try String(contentsOf: folder.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("Changes made by Plainly"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("SOURCE-COMMIT").path))
    }

    @Test func everyShippedSymbolHasItsFile() {
        let absent = bank.names.filter { name in
            !FileManager.default.fileExists(atPath: bank.file(named: name)?.path ?? "/nonexistent")
        }
        #expect(absent.isEmpty, "\(absent)")
    }

    @Test func readsQuotedNamesAndTagsFromTheSymbolList() throws {
        let symbols = PictureBank.parse(symbolInfo: """
            symbol-id,symbol,grammar,category-id,category,rated,tags
            132,"bathe_,_to",Verb,75,Healthcare Grooming activities,0,grooming
            37,angry_lady,Noun,91,People Feelings,0,emotion face
            """)
        #expect(symbols.map(\.name) == ["bathe_,_to", "angry_lady"])
        #expect(symbols[0].nameWords == ["bathe"])
        #expect(symbols[1].tags.contains("emotion") && symbols[1].tags.contains("feelings"))
    }

    @Test func csvFieldsMayHoldQuotedCommasQuotesAndEndWithoutANewline() {
        #expect(CSVRows.parse("a,\"b,c\",\"say \"\"hi\"\"\"\r\nd,,e") == [["a", "b,c", "say \"hi\""], ["d", "", "e"]])
        #expect(CSVRows.parse("") == [])
    }

    @Test func aSymbolsNameWordsLeaveOutWhichDrawingItIs() {
        #expect(Symbol.words(ofName: "care_assistant_1a") == ["care", "assistant"])
        #expect(Symbol.words(ofName: "wash_hands_,_to") == ["wash", "hands"])
        #expect(Symbol.words(ofName: "lady_-_face") == ["lady", "face"])
        #expect(Symbol(name: "doctor_1a", category: "", tags: []).family == Symbol(name: "doctor_2b", category: "", tags: []).family)
    }

    @Test(arguments: [
        ("doctor", "doctor_1a"), ("docter_1a", "doctor_1a"), ("docter", "doctor_1a"), ("calender", "calendar"), ("mony", "money"),
    ])
    func offersCloseNamesForOneItDoesNotHave(written: String, expected: String) {
        let close = bank.closeNames(to: written)
        #expect(close.first == expected, "\(close)")
        #expect(close.count <= PictureBank.closeNameCount)
    }

    @Test func offersNothingForANameNothingLike() {
        #expect(bank.closeNames(to: "xqzvwk").isEmpty)
    }

    @Test func editDistanceGivesUpPastItsLimit() {
        #expect(EditDistance.between("doctor", "docter", atMost: 3) == 1)
        #expect(EditDistance.between("", "abc", atMost: 3) == 3)
        #expect(EditDistance.between("abc", "", atMost: 3) == 3)
        #expect(EditDistance.between("a", "abcdefgh", atMost: 3) == 4)
    }
}
