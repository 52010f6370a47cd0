import Foundation
import PictureBank
import PlainlyTestSupport
import PlainlyModel
import Testing

@testable import PlainlySource

/// `![A doctor](bank:doctor_1a)`: a symbol Plainly ships, resolved once by the source reader so
/// every writer gets the same picture; an unknown name is a warning with close names and a slot.
@Suite struct BankPictureTests {
    static func read(_ markdown: String) throws -> SourceReading {
        let folder = try TemporaryFolder()
        try folder.write("guide.md", "---\ntitle: G\n---\n" + markdown)
        return try SourceReader().read(at: folder.path("guide.md"))
    }

    @Test func aBankNameBecomesABankPictureReadFromTheBank() throws {
        let reading = try Self.read("![A doctor](bank:doctor_1a)\nSee your doctor.\n")
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
        #expect(TreeDump.render(reading.document).contains(#"picture bank:doctor_1a "A doctor""#))
        let picture = try #require(reading.pictures.byPath["bank:doctor_1a"]).get()
        #expect(picture.format == .svg)
        #expect(picture.pixelWidth > 0)
        // Not a file of the source: nothing for an output to keep clear of, or to watch.
        #expect(!reading.files.contains { $0.contains("doctor") })
    }

    @Test func anUnknownNameIsAWarningAtItsLineWithCloseNamesAndASlot() throws {
        let reading = try Self.read("Hello.\n\n![A doctor](bank:docter_1a)\n")
        let warning = try #require(reading.diagnostics.first)
        #expect(warning.id == "unknown-bank-picture")
        #expect(warning.severity == .warning)
        #expect(warning.location == SourceLocation(file: "guide.md", line: 6, column: 1))
        #expect(warning.message.contains("Did you mean 'bank:doctor_1a'"))
        #expect(PictureSlots.find(in: reading.document).map(\.description) == ["A doctor"])
    }

    @Test(arguments: ["../../../../etc/passwd", "/etc/passwd", "doctor_1a/../../LICENSE.txt", "", "LICENSE.txt"])
    func aNameIsOnlyEverOneOfTheBanksSymbols(name: String) throws {
        let reading = try Self.read("![A doctor](bank:\(name))\n")
        #expect(reading.diagnostics.map(\.id) == ["unknown-bank-picture"])
        #expect(reading.pictures.byPath.isEmpty)
    }

    @Test func everyShippedSymbolIsAPictureTheReaderTakes() throws {
        var refused: [String] = []
        for name in PictureBank.shipped.names {
            let data = try Data(contentsOf: try #require(PictureBank.shipped.file(named: name)))
            if case .failure(let problem) = PictureInspector.inspect(data) { refused.append("\(name): \(problem)") }
        }
        #expect(refused.isEmpty, "\(refused)")
    }
}

extension BankPictureTests {
    /// Tests/Fixtures/bank-pictures, also a seed of the Markdown fuzz target (scripts/fuzz-seeds).
    @Test func theFixtureHasTwoBankPicturesTwoUnknownNamesAndASlot() throws {
        let reading = try SourceReader().read(at: Fixtures.url("bank-pictures/guide.md"))
        #expect(reading.pictures.byPath.keys.sorted() == ["bank:calendar", "bank:doctor_1a"])
        #expect(reading.diagnostics.map(\.id) == ["unknown-bank-picture", "unknown-bank-picture"])
        #expect(reading.diagnostics.map { $0.location?.line } == [11, 14])
        #expect(PictureSlots.find(in: reading.document).count == 3)
    }
}
