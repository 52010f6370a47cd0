import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import PlainlyKit
import PlainlyModel

/// `plainly preview`: a local web server, on 127.0.0.1 only, showing the easy-read page for a group
/// around one screen, and reloading it by itself when any source file or picture is saved.
public struct PreviewServer: Sendable {
    public static let host = "127.0.0.1"

    public var sourcePath: String
    public var port: Int
    public var plan: BuildPlan

    /// - Parameter port: 0 asks the system for a free port (tests do).
    public init(sourcePath: String, port: Int, plan: BuildPlan) {
        self.sourcePath = sourcePath
        self.port = port
        self.plan = plan
    }

    /// Serves until Ctrl-C (or SIGTERM), then stops cleanly. `onRunning` gets the port in use.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let site = PreviewSite(sourcePath: sourcePath, plan: plan)
        await site.rebuild()
        var logger = Logger(label: "plainly.preview")
        // Server internals are not for the people using the preview; failures surface as errors from run().
        logger.logLevel = .critical
        let boundPort = BoundPort(port)
        let app = Application(
            router: Self.router(for: site, port: boundPort),
            configuration: .init(address: .hostname(Self.host, port: port), serverName: "plainly-preview"),
            services: [WatcherService(site: site)],
            onServerRunning: { channel in
                let actual = channel.localAddress?.port ?? 0
                boundPort.set(actual)
                await onRunning(actual)
            },
            logger: logger)
        do {
            try await app.runService()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw PreviewError.portInUse(port: port)
        }
    }

    static func router(for site: PreviewSite, port: BoundPort) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: LoopbackHostGuard(port: port))
        router.get("/events") { request, _ -> Response in
            let since = request.uri.queryParameters.get("since", as: Int.self) ?? 0
            let subscription = await site.subscribe()
            let body = ResponseBody { writer in
                // A retry hint, then a reload event whenever there is a newer page than the one shown.
                // On Ctrl-C the stream ends at once: the server waits for open responses before it stops.
                try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
                try await withGracefulShutdownHandler {
                    for await generation in subscription.generations where generation > since {
                        try await writer.write(ByteBuffer(string: "event: reload\ndata: \(generation)\n\n"))
                    }
                } onGracefulShutdown: {
                    Task { await site.unsubscribe(subscription.id) }
                }
                try await writer.finish(nil)
            }
            return Response(
                status: .ok,
                headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                body: body)
        }
        router.get("/check") { _, _ -> Response in
            let data = await site.checkPage()
            return Response(
                status: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        addGroupRoutes(to: router, site: site)
        router.get("**") { request, _ -> Response in
            let path = request.uri.path
            guard let data = await site.snapshot.file(at: path) else {
                return Response(status: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
                                body: .init(byteBuffer: ByteBuffer(string: "Not found\n")))
            }
            return Response(
                status: .ok,
                headers: [.contentType: PreviewSnapshot.contentType(for: path), .cacheControl: "no-store"],
                body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        router.get("/") { _, _ -> Response in
            let data = await site.snapshot.file(at: "/") ?? Data()
            return Response(
                status: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        return router
    }
}

/// Runs the file watcher beside the server; on shutdown it closes the open event streams so the
/// server need not wait for pages that would otherwise listen for ever.
struct WatcherService: Service {
    let site: PreviewSite

    func run() async throws {
        // Graceful shutdown cancels the polling loop; then the open event streams are ended.
        await cancelWhenGracefulShutdown {
            await FileChangeWatcher.run(site: site)
        }
        await site.close()
    }
}
