import Foundation
import PlainlyCLI
import Testing

/// `--font-size` and `--paper` for the PDF: the profile's floor is a clear error, the paper a choice.
@Suite struct BuildPDFOptionsTests {
    var newsletter: String { contentFolder.appendingPathComponent("dp-newsletter").path }

    @Test func aFontSizeBelowTheProfilesMinimumIsRefusedWithTheReason() throws {
        let scratch = try Scratch()
        let result = plainly("build", newsletter, "--format", "pdf", "--font-size", "12", "--out", scratch.path("out"))
        #expect(result.code == 2)
        #expect(result.err.contains("font size 12 pt is too small for large-print"), "\(result.err)")
        #expect(result.err.contains("at least 16 pt"), "\(result.err)")
        #expect(!scratch.exists("out/dp-newsletter.pdf"))
    }

    @Test func anUnknownPaperIsAUsageError() throws {
        let scratch = try Scratch()
        let result = plainly("build", newsletter, "--format", "pdf", "--paper", "B5", "--out", scratch.path("out"))
        #expect(result.code != 0)
        #expect(result.err.contains("--paper must be one of A4, A3, A5, Letter"), "\(result.err)")
    }

    @Test func anAllowedSizeAndPaperBuild() throws {
        let scratch = try Scratch()
        let result = plainly("build", newsletter, "--format", "pdf", "--paper", "a5", "--font-size", "20",
                             "--out", scratch.path("out"))
        #expect(result.code == 0, "\(result.err)")
        let pdf = try Data(contentsOf: URL(fileURLWithPath: scratch.path("out/dp-newsletter.pdf")))
        #expect(pdf.starts(with: Array("%PDF-1.7".utf8)))
    }
}
