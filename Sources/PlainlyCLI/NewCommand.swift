import ArgumentParser

// Filled in by its issue.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new")
}
