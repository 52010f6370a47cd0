import Foundation
import PlainlyCLI
import Testing

/// Messages a person understands, from every command (issue 12).
@Suite struct MessagesTests {
    @Test func aMisspeltCommandGetsDidYouMean() {
        let result = plainly("biuld", "Content/board-paper")
        #expect(result.code == 2)
        #expect(result.err == "plainly: error: 'biuld' is not a command. Did you mean 'build'?\n")
    }

    @Test func anUnknownCommandListsTheCommands() {
        let result = plainly("publish")
        #expect(result.code == 2)
        #expect(result.err.contains("'publish' is not a command. The commands are: build, check, status, pictures, new, import, preview."))
    }

    @Test func aPortInUseSaysSoAndSuggestsAnother() throws {
        // Hold a port on 127.0.0.1, then ask the preview for it.
        let holder = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(holder) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(holder, pointer, length) == 0 && listen(holder, 1) == 0 && getsockname(holder, pointer, &length) == 0
            }
        }
        try #require(bound)
        let port = Int(UInt16(bigEndian: address.sin_port))
        let result = plainly("preview", contentFolder.appendingPathComponent("board-paper").path, "--port", "\(port)")
        #expect(result.code == 2)
        #expect(result.err == "error: port \(port) is already in use (perhaps by another preview); choose another with --port, for example --port \(port + 1)\n")
    }
}

/// `--help` reads cleanly in an 80-column terminal: no line runs past it.
@Suite struct HelpWidthTests {
    @Test(arguments: [[], ["build"], ["check"], ["status"], ["new"], ["preview"]])
    func helpFitsEightyColumns(command: [String]) {
        let result = PlainlyMain.runCapturing(command + ["--help"])
        #expect(result.code == 0)
        for line in result.out.split(separator: "\n") {
            #expect(line.count <= 80, "\(command): \(line)")
        }
    }
}

/// One profile vocabulary: `check --profile` takes the words `build --profile` and `profile:` take.
@Suite struct ProfileVocabularyTests {
    @Test(arguments: ["plain", "plain-english", "easy-read", "large-print"])
    func checkTakesBuildsProfiles(name: String) throws {
        let scratch = try Scratch()
        try scratch.write("note.txt", "We will meet on Monday.\n")
        let result = plainly("check", scratch.path("note.txt"), "--profile", name)
        #expect(result.code == 0, "\(result.err)")
    }

    @Test func anUnknownProfileListsTheSameNamesAsBuild() throws {
        let scratch = try Scratch()
        try scratch.write("note.txt", "We will meet on Monday.\n")
        let check = plainly("check", scratch.path("note.txt"), "--profile", "simple")
        #expect(check.err.contains("Choose from: easy-read, large-print, plain."), "\(check.err)")
    }
}
