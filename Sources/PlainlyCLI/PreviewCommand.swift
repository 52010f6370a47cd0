import ArgumentParser
import Foundation
import PlainlyCheckCLI
import PlainlyKit
import PlainlyPreview
import PlainlySource
import HTMLWriter

struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Show the easy-read page in a browser, updating it each time a file is saved.",
        discussion: """
            For a group working around one screen. The server listens on 127.0.0.1 only, and answers \
            only pages addressed to this computer, so nobody else can see the draft. Press Ctrl-C to stop.
            """)

    @Argument(help: "A .md file or a guide folder.")
    var source: String

    @Option(name: .long, help: "The port to listen on.")
    var port: Int = 8080

    @Option(name: .long, help: "The folder holding the fonts (default: found automatically).")
    var fonts: String?

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535.") }
    }

    func run() throws {
        let console = Console.current
        let loaded = try SourceLoader().load(path: source, relativeTo: console.workingDirectory)
        var request = BuildRequest(workingDirectory: console.workingDirectory)
        request.formats = [HTMLWriter.formatName]
        request.fonts = fonts
        let plan = try BuildPlanner().plan(request, for: loaded)
        let server = PreviewServer(sourcePath: console.url(for: source).path, port: port, plan: plan)
        let title = loaded.document.metadata.title
        let outcome = AsyncBridge.wait {
            try await server.run { port in
                console.out("Showing \"\(title)\" at http://\(PreviewServer.host):\(port)/ – press Ctrl-C to stop.")
            }
        }
        if case .failure(let error) = outcome {
            if let error = error as? PreviewError { throw error }
            throw PlainlyError.cannotWrite(path: "http://\(PreviewServer.host):\(port)/", reason: "\(error)")
        }
    }
}

/// Runs async work from a synchronous command and waits for it. The waiting thread is the
/// command's own, never one of the concurrency pool's, so the work cannot be starved by it.
enum AsyncBridge {
    static func wait(_ work: @escaping @Sendable () async throws -> Void) -> Result<Void, Error> {
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox()
        Task {
            do { try await work() } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return box.result
    }

    private final class ResultBox: @unchecked Sendable {
        var result: Result<Void, Error> = .success(())
    }
}
