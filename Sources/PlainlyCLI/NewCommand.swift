import ArgumentParser
import Foundation
import PlainlyCheckCLI
import PlainlyKit
import PlainlySource

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new guide, newsletter or board paper that builds at once.",
        discussion: "The files have notes in them that explain how to write each part. DIR must be new or empty.")

    @Argument(help: "What to start: guide, newsletter or paper.")
    var kind: String

    @Argument(help: "The folder to create.")
    var directory: String

    func validate() throws {
        guard StarterTemplate.Kind(rawValue: kind.lowercased()) != nil else {
            throw ValidationError("Unknown kind '\(kind)'. Choose from: guide, newsletter, paper.")
        }
    }

    func run() throws {
        let kind = StarterTemplate.Kind(rawValue: kind.lowercased())!
        let console = Console.current
        let folder = console.url(for: directory)
        let template = StarterTemplate.make(kind)
        let written = try template.write(into: folder)
        let shown = SourceLoader.trimTrailingSlashes(directory)
        for path in written { console.out("Created \(shown)/\(path)") }
        let source = template.source == "." ? shown : "\(shown)/\(template.source)"
        console.out("Next: edit the files, then run: plainly build \(source)")
    }
}
