import ArgumentParser

// Filled in by its issue.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build")
}
