import Foundation
import PlainlyModel
import Testing

@testable import PageLayout

/// A paged writer only draws: the layout stage hands it finished pages laid out with its own
/// measurer, and the plan's body size is checked against the profile before anything is laid out.
@Suite struct PagedDocumentWriterTests {
    /// Draws each page as one line saying how many boxes it holds.
    struct BoxCounter: PagedDocumentWriter {
        static let formatName = "boxes"
        static let summary = "a line a page, for tests"
        static let needsFonts = false
        static func destination(sourceName: String, plan: BuildPlan) -> OutputDestination { .file("\(sourceName).boxes") }
        static func possibleDestinations(sourceName: String) -> [OutputDestination] { [.file("\(sourceName).boxes")] }

        var bodySize: Points?

        init(plan: BuildPlan) { bodySize = plan.bodySize }

        struct Canvas: PageCanvas {
            var measurer: any TextMeasuring { FixedAdvanceMeasurer() }
            var pictureSizes: [String: Size] { [:] }
        }

        func pageSetup(for document: RealizedDocument) throws(DocumentWriterError) -> PageSetup {
            try PageSetup(for: document, bodySize: bodySize, paper: .a5, format: Self.formatName)
        }

        func makeCanvas(for document: RealizedDocument) -> Canvas { Canvas() }

        func draw(_ pages: PageLayoutResult, on canvas: Canvas, of document: RealizedDocument) -> RenderedOutput {
            let lines = pages.pages.map { "\($0.items.count) boxes" }.joined(separator: "\n")
            return RenderedOutput(files: [.init(path: "pages.txt", contents: Data(lines.utf8))])
        }
    }

    let document = Document(
        metadata: Metadata(title: "Our guide", profile: .largePrint),
        parts: [Part(title: "Hello", blocks: [.paragraph(.init(inlines: [.text(Text("We meet on Monday."))]))])])

    @Test func theWriterDrawsPagesTheLayoutStageMade() throws {
        let realized = RealizedDocument(document, name: "guide")
        let writer = BoxCounter(plan: BuildPlan(formats: ["boxes"], output: URL(fileURLWithPath: "/tmp")))
        let output = try writer.write(realized)
        let pages = try writer.layOut(realized, on: writer.makeCanvas(for: realized))
        let drawn = String(decoding: output.files[0].contents, as: UTF8.self)
        #expect(drawn == pages.pages.map { "\($0.items.count) boxes" }.joined(separator: "\n"))
        #expect(!pages.pages.isEmpty)
    }

    @Test func aBodySizeBelowTheProfilesMinimumIsRefusedWithTheReason() {
        let plan = BuildPlan(formats: ["boxes"], output: URL(fileURLWithPath: "/tmp"), bodySize: Points(12))
        #expect(throws: DocumentWriterError.self) {
            _ = try BoxCounter(plan: plan).write(RealizedDocument(document, name: "guide"))
        }
        do {
            _ = try BoxCounter(plan: plan).write(RealizedDocument(document, name: "guide"))
        } catch {
            #expect(error.reason.hasPrefix("BOXES options: font size 12 pt is too small for large-print"))
        }
    }
}
