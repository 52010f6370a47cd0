/// Why the preview could not start, said so a person knows what to do next.
public enum PreviewError: Error, Equatable, CustomStringConvertible {
    case portInUse(port: Int)

    public var description: String {
        switch self {
        case .portInUse(let port):
            "error: port \(port) is already in use (perhaps by another preview); "
                + "choose another with --port, for example --port \(port == 65535 ? 8081 : port + 1)"
        }
    }
}
