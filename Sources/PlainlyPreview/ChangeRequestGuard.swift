import Hummingbird

/// Decides whether a request that would change a file may: it must come from a page this server
/// made (its `Origin` is this server's own address) and carry the session's token. `Host` was
/// already checked by `LoopbackHostGuard`. Anything else changes nothing.
enum ChangeRequestGuard {
    enum Refusal: Equatable {
        case foreignOrigin, missingToken

        var message: String {
            switch self {
            case .foreignOrigin: "Changes are accepted only from the preview's own page.\n"
            case .missingToken: "This change did not come from the preview's page; nothing was changed.\n"
            }
        }
    }

    /// - Parameter origin: the request's `Origin` header (browsers send it with every form post).
    static func check(origin: String?, host: String?, fields: FormFields, token: String) -> Refusal? {
        guard let origin, let host, origin.lowercased() == "http://\(host.lowercased())" else { return .foreignOrigin }
        guard let given = fields["token"], SessionToken.matches(given, token) else { return .missingToken }
        return nil
    }
}
