import ArgumentParser
import PlainlyCheckCLI

/// The `plainly` command. Each subcommand lives in a file of its own.
public struct PlainlyCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "plainly",
        abstract: "Turn one source text into accessible documents, and check how easy it is to read.",
        version: PlainlyVersion.current,
        subcommands: [
            BuildCommand.self, CheckCommand.self, StatusCommand.self, PicturesCommand.self, NewCommand.self, ImportCommand.self,
            PreviewCommand.self,
        ])

    public init() {}
}
