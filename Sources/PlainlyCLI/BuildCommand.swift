import ArgumentParser
import Foundation
import PlainlyCheckCLI
import PlainlyKit
import PlainlyModel
import PlainlySource
import TextWriter

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Make accessible documents from a source.",
        usage: "plainly build <source> [--format <formats>] [--out <folder>] [<options>]",
        discussion: """
            SOURCE is a .md file with front matter, or a folder with a guide.yaml. By default every format \
            is made, into out/<name>/: <name>.txt, <name>.pdf and html/index.html.

            Nothing is written when the source has errors, and sources are never changed: an output folder \
            that is, holds or lies inside the source is refused.
            """)

    @Argument(help: "A .md file or a guide folder.")
    var source: String

    @Option(
        name: .long, parsing: .singleValue,
        help: "Formats to make, separated by commas: \(OutputFormat.available.map(\.rawValue).joined(separator: ",")).")
    var format: [String] = []

    @Option(name: .long, help: "The folder to write into (default: out/<name>).")
    var out: String?

    @Option(name: .long, help: "Use this profile instead of the one the source names: easy-read, large-print or plain.")
    var profile: String?

    @Option(name: .long, help: "Text output: columns a line may take.")
    var width: Int = TextWriter.Options().width

    @Flag(name: .long, help: "Text output: leave pictures and picture slots out.")
    var noPictures = false

    @Option(name: .long, help: "The folder holding the fonts (default: found automatically).")
    var fonts: String?

    @Flag(name: .long, help: "Web page: one file, <name>.html, with its fonts and pictures inside, to email.")
    var singleFile = false

    @Option(name: .long, help: "PDF: body text size in points (at least 14 for easy read, 16 for large print).")
    var fontSize: Double?

    @Option(name: .long, help: "PDF: paper size: \(BuildOptions.paperNames.joined(separator: ", ")) (default A4).")
    var paper: String?

    @Flag(name: .long, help: "Refuse to build unless every part is agreed, every picture chosen and the checker finds no errors.")
    var final = false

    func validate() throws {
        _ = try formats()
        _ = try chosenProfile()
        if let paper, !BuildOptions.paperNames.contains(where: { $0.lowercased() == paper.lowercased() }) {
            throw ValidationError("--paper must be one of \(BuildOptions.paperNames.joined(separator: ", ")).")
        }
        if width < TextWriter.Options.minimumWidth {
            throw ValidationError("--width must be at least \(TextWriter.Options.minimumWidth) columns.")
        }
    }

    func run() throws {
        let console = Console.current
        let loaded = try SourceLoader().load(path: source, relativeTo: console.workingDirectory)
        let shownOut = SourceLoader.trimTrailingSlashes(out ?? "out/\(loaded.name)")
        let outDirectory = console.url(for: shownOut)
        var options = BuildOptions(
            formats: try formats(), outDirectory: outDirectory, profile: try chosenProfile(),
            text: .init(width: width, includePictures: !noPictures),
            fontsDirectory: try fontsFolderIfNeeded(), singleFileHTML: singleFile)
        options.outDirectoryShown = shownOut
        options.pdfBodySize = fontSize
        options.paper = paper
        if final && !loaded.diagnostics.hasErrors {
            let status = StatusMaker().status(of: loaded)
            guard status.isFinal else {
                DiagnosticPrinter(console: console).print(loaded.diagnostics, for: loaded)
                console.err("Not built: this cannot be final yet. What is left to do:")
                for blocker in status.blockers {
                    console.err("  " + [blocker.location, blocker.message].compactMap { $0 }.joined(separator: ": "))
                }
                throw ExitCode(1)
            }
        }
        let result = try Builder().build(loaded, options: options) {
            console.err("Waiting for another build into \(shownOut) to finish…")
        }
        DiagnosticPrinter(console: console).print(result.diagnostics, for: loaded)
        if result.refused {
            let count = result.diagnostics.filter { $0.severity == .error }.count
            console.err("Nothing was written: the source has \(count) error\(count == 1 ? "" : "s").")
            throw ExitCode(1)
        }
        for path in result.written where !path.contains("/assets/") {
            console.out("Wrote \(shownOut)/\(path)")
        }
    }

    private func formats() throws -> [OutputFormat] {
        let names = format.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if names.isEmpty { return OutputFormat.available }
        return try names.map { name in
            guard let format = OutputFormat(rawValue: name), OutputFormat.available.contains(format) else {
                let known = OutputFormat.available.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("Unknown format '\(name)'. Choose from: \(known).")
            }
            return format
        }
    }

    private func chosenProfile() throws -> Profile? {
        guard let profile else { return nil }
        guard let chosen = Profile(rawValue: profile.lowercased()) else {
            throw ValidationError("Unknown profile '\(profile)'. Choose from: easy-read, large-print, plain.")
        }
        return chosen
    }

    /// Fonts matter only to formats that draw or embed text.
    private func fontsFolderIfNeeded() throws -> URL? {
        let needsFonts = try formats().contains { $0 != .txt }
        guard needsFonts || fonts != nil else { return nil }
        return try FontLocator().locate(override: fonts.map { Console.current.url(for: $0).path })
    }
}
