import Foundation
import Hummingbird
import NIOCore
import PictureBank
import Synchronization

/// The group screen's routes: the page, the bank's pictures for its buttons, and the three changes
/// (choose a picture, agree a part, undo). A change answers with a redirect back to the page, which
/// then shows what was done; a refused one changes nothing and says why.
extension PreviewServer {
    /// The group screen may not be framed (a page elsewhere could trick a click on a button), runs no
    /// script, and loads pictures only from here.
    static let groupPolicy =
        "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    static func addGroupRoutes(to router: Router<BasicRequestContext>, site: PreviewSite) {
        router.get("/group") { _, _ -> Response in
            let page = await site.groupPage(bar: PreviewChrome.groupBar(generation: site.snapshot.generation))
            return Response(
                status: .ok,
                headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                          .contentSecurityPolicy: groupPolicy, .init("X-Frame-Options")!: "DENY"],
                body: .init(byteBuffer: ByteBuffer(bytes: page)))
        }
        router.get("/bank/:file") { _, context -> Response in
            let file = context.parameters.get("file") ?? ""
            guard file.hasSuffix(".svg"), let data = BankThumbnails.shared.svg(named: String(file.dropLast(4))) else {
                return Response(status: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
                                body: .init(byteBuffer: ByteBuffer(string: "Not found\n")))
            }
            return Response(
                status: .ok, headers: [.contentType: "image/svg+xml", .cacheControl: "max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        router.post("/group/choose") { request, _ -> Response in
            try await change(request, site: site) { fields in
                guard let file = fields["file"], let line = fields["line"].flatMap(Int.init),
                      let symbol = fields["symbol"] else { return }
                await site.choosePicture(file: file, line: line, description: fields["description"] ?? "", symbol: symbol)
            }
        }
        router.post("/group/agree") { request, _ -> Response in
            try await change(request, site: site) { fields in
                guard let file = fields["file"] else { return }
                await site.agree(file: file, attendance: fields["who"])
            }
        }
        router.post("/group/undo") { request, _ -> Response in
            try await change(request, site: site) { _ in await site.undoLastEdit() }
        }
    }

    /// Reads the form, checks where it came from, makes the change, and sends the page back to the screen.
    private static func change(
        _ request: Request, site: PreviewSite, action: (FormFields) async -> Void
    ) async throws -> Response {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: FormFields.largestBody)
        } catch {
            return refusal(status: .contentTooLarge, "The request was too large; nothing was changed.\n")
        }
        let fields = FormFields(String(buffer: buffer))
        if let refused = ChangeRequestGuard.check(
            origin: request.headers[.origin], host: request.head.authority, fields: fields, token: site.token)
        {
            return refusal(status: .forbidden, refused.message)
        }
        await action(fields)
        return Response(status: .seeOther, headers: [.location: "/group", .cacheControl: "no-store"])
    }

    private static func refusal(status: HTTPResponse.Status, _ message: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: message)))
    }
}

/// The bank's SVGs for the screen's buttons, read from the bank once each.
final class BankThumbnails: Sendable {
    static let shared = BankThumbnails()

    private let cache = Mutex<[String: Data]>([:])

    func svg(named name: String) -> Data? {
        if let known = cache.withLock({ $0[name] }) { return known }
        guard PictureBank.shipped.contains(name), let url = PictureBank.shipped.file(named: name),
              let data = try? Data(contentsOf: url) else { return nil }
        cache.withLock { $0[name] = data }
        return data
    }
}
