import Foundation
import PlainlyKit
import PlainlyModel
import PlainlyPreview
import Testing

/// A preview server on a free port over a folder, for as long as the value is kept; cancelled when
/// it goes.
final class RunningPreview {
    let port: Int
    private let serving: Task<Void, any Error>

    init(folder: URL, fonts: URL) async throws {
        let plan = BuildPlan(formats: ["html"], output: folder, fontsDirectory: fonts)
        let server = PreviewServer(sourcePath: folder.path, port: 0, plan: plan)
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        serving = Task { try await server.run { port in portContinuation.yield(port) } }
        var iterator = ports.makeAsyncIterator()
        port = try #require(await iterator.next())
    }

    deinit { serving.cancel() }
}
