import Foundation
import PlainlyCheckCLI
import PlainlyCLI
import Testing

/// `plainly check …` runs in the thin binary's root, `CheckOnlyCommand`; everything it prints must be
/// what the full command tree prints for the same arguments.
@Suite struct CheckOnlyCommandTests {
    @Test(arguments: [
        ["check", "--help"],
        ["check", "-h"],
        ["check", "--version"],
        ["check"],
        ["check", "--format", "xml", "note.txt"],
        ["check", "--tokens", "note.txt"],
        ["check", "missing.md"],
        ["check", "note.txt"],
        ["check", "note.txt", "--format", "json", "--tokens"],
        ["check", "note.txt", "--format", "html"],
    ])
    func saysWhatTheFullTreeSays(_ arguments: [String]) throws {
        let scratch = try Scratch()
        try scratch.write("note.txt", CheckCommandTests.plainNote)
        let thin = CommandRunner.runCapturing(CheckOnlyCommand.self, arguments, workingDirectory: scratch.folder)
        let full = PlainlyMain.runCapturing(arguments, workingDirectory: scratch.folder)
        #expect(thin.code == full.code)
        #expect(thin.out == full.out)
        #expect(thin.err == full.err)
    }
}
