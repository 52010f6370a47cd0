import ArgumentParser
import Foundation
import PlainlyCheckCLI
import PlainlyImport
import PlainlyModel
import PlainlySource

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a Word, web page, text or Markdown file into a Plainly source folder.",
        discussion: """
            Reads FILE (.docx, .html, .txt or .md) and writes a source folder that builds at once: \
            guide.yaml, a part for each top-level heading, and the pictures. The file itself is never \
            changed, and --out must be a new or empty folder. With --profile easy-read each paragraph \
            becomes a row with a picture slot, one sentence a line, and the hard words are listed in \
            the glossary for the group to explain.
            """)

    @Argument(help: "The file to import: .docx, .html, .txt or .md.")
    var file: String

    @Option(name: .customLong("as"), help: "What it becomes: guide, newsletter or paper.")
    var kind: String = "guide"

    @Option(name: .long, help: "Who it is for: easy-read, large-print or plain.")
    var profile: String = "plain"

    @Option(name: .long, help: "The folder to write (new or empty). Default: FILE's name without its extension.")
    var out: String?

    func validate() throws {
        guard DocumentKind(rawValue: kind.lowercased()) != nil else {
            throw ValidationError("Unknown kind '\(kind)'. Choose from: guide, newsletter, paper.")
        }
        guard Profile(rawValue: profile.lowercased()) != nil else {
            throw ValidationError("Unknown profile '\(profile)'. Choose from: easy-read, large-print, plain.")
        }
    }

    func run() throws {
        let console = Console.current
        let input = console.url(for: file)
        let outShown = out.map(SourceLoader.trimTrailingSlashes) ?? (file as NSString).deletingPathExtension
        let options = SourceFolderMaker.Options(
            kind: DocumentKind(rawValue: kind.lowercased())!, profile: Profile(rawValue: profile.lowercased())!)
        let result: Importer.Result
        do {
            result = try Importer(options: options).importFile(
                input, shown: file, into: console.url(for: outShown), outputShown: outShown)
        } catch {
            console.err(error.description)
            throw ExitCode(1)
        }
        for warning in result.warnings { console.err(warning) }
        for path in result.files { console.out("Created \(outShown)/\(path)") }
        console.out("Kept \(result.wordsKept) of \(result.wordsRead) words.")
        if !result.hardWords.isEmpty {
            console.out("\(result.hardWords.count) hard words are in guide.yaml's glossary, waiting for the group to explain them.")
        }
        console.out("Next: check each part, then run: plainly build \(outShown)")
    }
}
