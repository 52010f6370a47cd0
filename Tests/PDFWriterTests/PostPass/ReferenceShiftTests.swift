import Foundation
import Testing

@testable import PDFWriter

/// Objects taken from another file keep pointing at their neighbours under their new numbers, and
/// nothing else in them changes.
@Suite struct ReferenceShiftTests {
    static func shifted(_ text: String, by shift: Int = 100, identifying: [Int: Int] = [:]) -> String {
        var out: [UInt8] = []
        ReferenceShift.copy(Array(text.utf8)[...], renumbering: Renumbering(shift: shift, identified: identifying), into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func movesTheObjectNumberAndEveryReference() {
        #expect(Self.shifted("7 0 obj\n<< /Parent 1 0 R /Kids [ 2 0 R 3 0 R ] /Count 2 >>\nendobj\n")
            == "107 0 obj\n<< /Parent 101 0 R /Kids [ 102 0 R 103 0 R ] /Count 2 >>\nendobj\n")
    }

    @Test func anIdentifiedObjectIsReferredToUnderItsNewNumber() {
        #expect(Self.shifted("7 0 obj\n<< /Parent 1 0 R /P 2 0 R >>\nendobj\n", identifying: [1: 5])
            == "107 0 obj\n<< /Parent 5 0 R /P 102 0 R >>\nendobj\n")
    }

    @Test func leavesNumbersThatAreNotReferencesAlone() {
        // A matrix of integers, a real, names ending in digits, a name before "0 R".
        let object = "8 0 obj\n<< /Matrix [ 1 0 0 1 0 0 ] /W 0.5 /F1 2 /Font << /f-0-0 5 0 R >> >>\nendobj\n"
        #expect(Self.shifted(object) == "108 0 obj\n<< /Matrix [ 1 0 0 1 0 0 ] /W 0.5 /F1 2 /Font << /f-0-0 105 0 R >> >>\nendobj\n")
    }

    @Test func leavesStringsCommentsAndStreamDataAlone() {
        let object = "9 0 obj\n<< /T (see 4 0 R \\) and (5 0 R)) /H <3420302052> /Length 10 0 R >> % 6 0 R\nstream\n1 0 R 2 0 obj\nendstream\nendobj\n"
        #expect(Self.shifted(object)
            == "109 0 obj\n<< /T (see 4 0 R \\) and (5 0 R)) /H <3420302052> /Length 110 0 R >> % 6 0 R\nstream\n1 0 R 2 0 obj\nendstream\nendobj\n")
    }

    /// Every object of a real file taken into another reads back as the same value, renumbered,
    /// and every page's content is the same bytes.
    @Test func aWholeFileTakenInReadsBackTheSame() throws {
        let pdf = try PDFWriterTests.render().files[0].contents
        let original = try PDFFile(pdf: pdf)
        let joined = try PDFFile(pdf: pdf)
        let shift = joined.absorb(try PDFFile(pdf: pdf)).shift
        let reread = try PDFFile(pdf: Data(try joined.write()))
        let values = original.allObjects
        #expect(values.count > 50)
        var number = 1
        var compared = 0
        while compared < values.count {
            let value = original.object(number)
            if value != .null {
                #expect(reread.object(number + shift) == value.renumbered(with: Renumbering(shift: shift)), "object \(number)")
                compared += 1
            }
            number += 1
        }
        for page in original.pages {
            #expect(try reread.content(ofPage: page + shift) == original.content(ofPage: page))
        }
    }
}
