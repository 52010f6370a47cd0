import ArgumentParser
import Foundation
import PlainlyCheckCLI
import PlainlyKit
import PlainlyModel
import PlainlySource

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Make accessible documents from a source.",
        usage: "plainly build <source> [--format <formats>] [--out <folder>] [<options>]",
        discussion: """
            SOURCE is a .md file with front matter, or a folder with a guide.yaml. By default the formats \
            \(FormatRegistry.defaultNames.joined(separator: ", ")) are made, into out/<name>/: <name>.txt, \
            <name>.pdf, html/index.html and <name>.docx. `--format all` makes every format, braille too \
            (<name>.brf, with a Unicode braille preview, <name>-braille.txt) and audio (audio/: an MP3 file \
            a part, a playlist and a narration script).

            Nothing is written when the source has errors, and sources are never changed: an output folder \
            that is, holds or lies inside the source is refused.
            """)

    @Argument(help: "A .md file or a guide folder.")
    var source: String

    @Option(
        name: .long, parsing: .singleValue,
        help: "Formats to make, separated by commas: \(FormatRegistry.names.joined(separator: ",")), or all.")
    var format: [String] = []

    @Option(name: .long, help: "The folder to write into (default: out/<name>).")
    var out: String?

    @Option(name: .long, help: "Use this profile instead of the one the source names: easy-read, large-print or plain.")
    var profile: String?

    @Option(name: .long, help: "Text output: columns a line may take.")
    var width: Int = 72

    @Flag(name: .long, help: "Text, braille and audio: leave pictures and picture slots out.")
    var noPictures = false

    @Option(name: .long, help: "Braille: cells a line may take; 40 is the standard UK braille page.")
    var brailleCells: Int = 40

    @Option(name: .long, help: "Braille: lines a page holds, its page number's line included.")
    var brailleLines: Int = 25

    @Option(name: .long, help: "The folder holding the fonts (default: found automatically).")
    var fonts: String?

    @Flag(name: .long, help: "Web page: one file, <name>.html, with its fonts and pictures inside, to email.")
    var singleFile = false

    @Option(name: .long, help: "PDF: body text size in points (at least 14 for easy read, 16 for large print).")
    var fontSize: Double?

    @Option(name: .long, help: "PDF: paper size: \(PaperSize.allCases.map(\.rawValue).joined(separator: ", ")) (default A4).")
    var paper: String?

    @Option(name: .long, help: "Audio: speaking speed in words a minute, 80 to 250 (default 150).")
    var speechRate: Int?

    @Flag(name: .long, help: "Refuse to build unless every part is agreed, every picture chosen and the checker finds no errors.")
    var final = false

    /// What was asked, for `BuildPlanner`: the one place it is checked and resolved.
    private var request: BuildRequest {
        var request = BuildRequest(workingDirectory: Console.current.workingDirectory)
        request.formats = format
        request.out = out
        request.profile = profile
        request.paper = paper
        request.fontSize = fontSize
        request.fonts = fonts
        request.isFinal = final
        request.textWidth = width
        request.textIncludesPictures = !noPictures
        request.brailleCells = brailleCells
        request.brailleLines = brailleLines
        request.singleFileHTML = singleFile
        request.speechRate = speechRate
        return request
    }

    func validate() throws {
        if let problem = request.problem() { throw ValidationError(problem) }
    }

    func run() throws {
        let console = Console.current
        let loaded = try SourceLoader().load(path: source, relativeTo: console.workingDirectory)
        let plan = try BuildPlanner().plan(request, for: loaded)
        let result = try Builder().build(loaded, plan: plan) {
            console.err("Waiting for another build into \(plan.outputShown) to finish…")
        }
        DiagnosticPrinter(console: console).print(result.diagnostics, for: loaded)
        if !result.notFinal.isEmpty {
            console.err("Not built: this cannot be final yet. What is left to do:")
            for blocker in result.notFinal {
                console.err("  " + [blocker.location, blocker.message].compactMap { $0 }.joined(separator: ": "))
            }
            if let pictures = result.notFinalPictures { console.err(pictures) }
            throw ExitCode(1)
        }
        if result.refused {
            let count = result.diagnostics.filter { $0.severity == .error }.count
            console.err("Nothing was written: the source has \(count) error\(count == 1 ? "" : "s").")
            throw ExitCode(1)
        }
        for path in result.written where !path.contains("/assets/") {
            console.out("Wrote \(plan.outputShown)/\(path)")
        }
    }
}
