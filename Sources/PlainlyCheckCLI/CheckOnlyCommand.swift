import ArgumentParser
import Readability

/// The root the thin `plainly` binary runs when its first argument is `check`. It is named
/// `plainly` and has the same version as the full tree, so `plainly check --help`, usage errors and
/// `plainly check --version` read exactly as they do there.
public struct CheckOnlyCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "plainly",
        abstract: "Check how easy a text is to read.",
        version: PlainlyVersion.current,
        subcommands: [CheckCommand.self])

    public init() {}

    /// Starts loading the checker's tables on a thread of their own, so they load while the
    /// arguments are read and the files opened (see `Checker.warmUp`).
    public static func warmUp() { Checker.warmUp() }
}

public enum PlainlyVersion {
    public static let current = "0.1.0"
}
