import Foundation
import PlainlyModel
import PlainlySource
import PlainlyTestSupport
import Testing

@testable import PlainlyKit

/// The plan is the one place a build's choices are checked and resolved.
@Suite struct BuildPlannerTests {
    let source: LoadedSource
    let checkoutFonts = Fixtures.folder.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fonts").standardizedFileURL

    init() throws {
        source = try SourceLoader().load(path: Fixtures.everyConstruct.path)
    }

    private func request(_ change: (inout BuildRequest) -> Void = { _ in }) -> BuildRequest {
        var request = BuildRequest(workingDirectory: URL(fileURLWithPath: "/tmp/plainly-plan"))
        request.fonts = checkoutFonts.path
        change(&request)
        return request
    }

    @Test func everyFormatByDefaultInRegistryOrder() throws {
        let plan = try BuildPlanner().plan(request(), for: source)
        #expect(plan.formats == ["txt", "pdf", "html", "docx"])
        #expect(plan.output.path == "/tmp/plainly-plan/out/\(source.name)")
        #expect(plan.outputShown == "out/\(source.name)")
        #expect(plan.paper == .a4 && plan.profile == nil && plan.bodySize == nil && !plan.isFinal)
    }

    @Test func allMeansEveryRegisteredFormatAndBrailleOnlyWhenAsked() throws {
        let all = try BuildPlanner().plan(request { $0.formats = ["all"] }, for: source)
        #expect(all.formats == FormatRegistry.names)
        #expect(all.formats.contains("brf"))
        let braille = try BuildPlanner().plan(request { $0.formats = ["brf,txt"] }, for: source)
        #expect(braille.formats == ["txt", "brf"])
        #expect(try BuildPlanner().plan(request(), for: source).formats == FormatRegistry.defaultNames)
    }

    @Test func formatsAreReadOnceEachInRegistryOrder() throws {
        let plan = try BuildPlanner().plan(request { $0.formats = ["html, TXT", "html"] }, for: source)
        #expect(plan.formats == ["txt", "html"])
    }

    @Test(arguments: [
        (["pfd"], "Unknown format 'pfd'. Did you mean 'pdf'? Choose from: txt, pdf, html, docx, brf, audio, all."),
        (["word"], "Unknown format 'word'. Choose from: txt, pdf, html, docx, brf, audio, all."),
    ])
    func anUnknownFormatIsRefusedWithTheChoices(formats: [String], message: String) {
        let asked = request { $0.formats = formats }
        #expect(asked.problem() == message)
        #expect(throws: PlainlyError.invalidRequest(message)) { try BuildPlanner().plan(asked, for: source) }
    }

    @Test func audioIsMadeOnlyWhenAskedForAtTheSpeedAsked() throws {
        let plan = try BuildPlanner().plan(request { $0.formats = ["audio"]; $0.speechRate = 120 }, for: source)
        #expect(plan.formats == ["audio"])
        #expect(plan.speechRate == 120)
        #expect(request { $0.speechRate = 300 }.problem() == "--speech-rate must be 80 to 250 words a minute.")
        #expect(request { $0.speechRate = 79 }.problem() == "--speech-rate must be 80 to 250 words a minute.")
        #expect(request { $0.speechRate = 80 }.problem() == nil)
    }

    @Test func profilePaperAndWidthAreCheckedBeforeAnySourceIsRead() {
        #expect(request { $0.profile = "easy" }.problem() == "Unknown profile 'easy'. Choose from: easy-read, large-print, plain.")
        #expect(request { $0.paper = "B5" }.problem() == "--paper must be one of A4, A3, A5, Letter.")
        #expect(request { $0.textWidth = 5 }.problem() == "--width must be at least 20 columns.")
        #expect(request { $0.profile = "Large-Print"; $0.paper = "letter" }.problem() == nil)
    }

    @Test func aBraillePageSizeIsCheckedAgainstItsLimits() throws {
        let cells = BuildPlan.allowedBrailleCells, lines = BuildPlan.allowedBrailleLines
        #expect(request { $0.brailleCells = cells.lowerBound - 1 }.problem() == "--braille-cells must be from \(cells.lowerBound) to \(cells.upperBound).")
        #expect(request { $0.brailleCells = cells.upperBound + 1 }.problem() == "--braille-cells must be from \(cells.lowerBound) to \(cells.upperBound).")
        #expect(request { $0.brailleLines = lines.lowerBound - 1 }.problem() == "--braille-lines must be from \(lines.lowerBound) to \(lines.upperBound).")
        #expect(request { $0.brailleLines = lines.upperBound + 1 }.problem() == "--braille-lines must be from \(lines.lowerBound) to \(lines.upperBound).")
        let plan = try BuildPlanner().plan(request { $0.brailleCells = 32; $0.brailleLines = 27 }, for: source)
        #expect(plan.brailleCells == 32 && plan.brailleLines == 27)
        let standard = try BuildPlanner().plan(request(), for: source)
        #expect(standard.brailleCells == 40 && standard.brailleLines == 25)
    }

    @Test func namesBecomeValues() throws {
        let plan = try BuildPlanner().plan(
            request {
                $0.profile = "plain"; $0.paper = "a5"; $0.fontSize = 20; $0.isFinal = true; $0.out = "/tmp/x/"
                $0.textWidth = 40; $0.textIncludesPictures = false; $0.singleFileHTML = true
            }, for: source)
        #expect(plan.profile == .plain && plan.paper == .a5 && plan.bodySize == Points(20) && plan.isFinal)
        #expect(plan.output.path == "/tmp/x" && plan.outputShown == "/tmp/x")
        #expect(plan.textWidth == 40 && !plan.textIncludesPictures && plan.singleFileHTML)
    }

    @Test func fontsAreLookedForOnlyWhenAFormatNeedsThem() throws {
        let textOnly = try BuildPlanner().plan(request { $0.formats = ["txt"]; $0.fonts = nil }, for: source)
        #expect(textOnly.fontsDirectory == nil)
        #expect(throws: PlainlyError.fontsNotFound(searched: ["/no/fonts"])) {
            try BuildPlanner().plan(request { $0.formats = ["pdf"]; $0.fonts = "/no/fonts" }, for: source)
        }
        let pdf = try BuildPlanner().plan(request { $0.formats = ["pdf"] }, for: source)
        #expect(pdf.fontsDirectory?.standardizedFileURL == checkoutFonts)
    }
}
