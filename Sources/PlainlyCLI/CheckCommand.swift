import ArgumentParser

// Filled in by its issue.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check")
}
