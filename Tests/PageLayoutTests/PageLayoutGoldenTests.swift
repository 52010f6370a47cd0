import PageLayout
import PlainlyModel
import PlainlyTestSupport
import Testing

/// Page-box dumps of whole documents with a fixed-advance measurer: any change to placement shows
/// up as a readable diff. Re-record on purpose with PLAINLY_RECORD=1.
@Suite struct PageLayoutGoldenTests {
    static let pictures = ["pictures/meeting.png": Size(width: Points(400), height: Points(300))]

    @Test func easyReadGuide() throws {
        let layout = DocumentLayout(profile: .easyRead, measurer: FixedAdvanceMeasurer())
        let result = try layout.layout(Samples.easyReadGuide, pictureSizes: Self.pictures)
        let outcome = Golden.compare(PageDump.render(result.pages), named: "easy-read-guide.txt")
        #expect(outcome.passed, "\(outcome.message)")
    }

    @Test func largePrintPaper() throws {
        let layout = DocumentLayout(profile: .largePrint, measurer: FixedAdvanceMeasurer())
        let result = try layout.layout(Samples.largePrintPaper)
        let outcome = Golden.compare(PageDump.render(result.pages), named: "large-print-paper.txt")
        #expect(outcome.passed, "\(outcome.message)")
    }
}
