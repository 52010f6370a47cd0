import Hummingbird
import Synchronization

/// Answers only requests addressed to this machine by name and port (`127.0.0.1:PORT`,
/// `localhost:PORT`, `[::1]:PORT`). Listening on loopback is not enough: a web page the user visits
/// can point a name it controls at 127.0.0.1 (DNS rebinding) and read the draft guide; such requests
/// carry that name in `Host`, and are refused.
struct LoopbackHostGuard<Context: RequestContext>: RouterMiddleware {
    /// The port actually listened on: known only once the server runs when port 0 was asked for.
    let port: BoundPort

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let host = request.head.authority, Self.isLoopback(host, port: port.value) else {
            return Response(
                status: .misdirectedRequest, headers: [.contentType: "text/plain; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: "This preview answers only at its own address on this computer.\n")))
        }
        return try await next(request, context)
    }

    static func isLoopback(_ host: String, port: Int) -> Bool {
        guard port > 0 else { return false }
        return ["127.0.0.1", "localhost", "[::1]"].contains { host.lowercased() == "\($0):\(port)" }
    }
}

/// The listening port, set once the server is running.
final class BoundPort: Sendable {
    private let stored: Atomic<Int>

    init(_ port: Int) { stored = Atomic(port) }

    var value: Int { stored.load(ordering: .acquiring) }

    func set(_ port: Int) { stored.store(port, ordering: .releasing) }
}
