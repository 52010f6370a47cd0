import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs blocking socket work on a thread of its own. A test that blocked one of Swift concurrency's
/// threads while other tests keep the rest busy could leave the server it talks to (whose handlers
/// run on those threads) no thread to answer with.
func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}

/// A minimal HTTP/1.1 client over a plain socket, so a test can send paths exactly as written
/// (`/../guide.yaml`) and read a never-ending event stream line by line, with timeouts. Used from one
/// thread at a time (hence @unchecked Sendable).
final class RawHTTPConnection: @unchecked Sendable {
    private let socketDescriptor: Int32
    private let port: Int
    private var buffer = Data()

    init(port: Int, timeout: TimeInterval = 5) throws {
        self.port = port
        socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketDescriptor >= 0 else { throw RawHTTPError.socket }
        var time = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - floor(timeout)) * 1_000_000))
        setsockopt(socketDescriptor, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(socketDescriptor)
            throw RawHTTPError.connect
        }
    }

    deinit { close(socketDescriptor) }

    /// `host` nil sends the address a browser on this machine would: `127.0.0.1:PORT`.
    func send(get path: String, host: String? = nil) throws {
        let request = "GET \(path) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nConnection: close\r\n\r\n"
        let sent = request.withCString { Glibc.send(socketDescriptor, $0, strlen($0), 0) }
        guard sent > 0 else { throw RawHTTPError.send }
    }

    /// Reads until `marker` has arrived (returning everything so far), or throws on timeout.
    func read(until marker: String) throws -> String {
        while true {
            if let text = String(data: buffer, encoding: .utf8), text.contains(marker) { return text }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = recv(socketDescriptor, &chunk, chunk.count, 0)
            guard count > 0 else { throw RawHTTPError.timeout(String(decoding: buffer, as: UTF8.self)) }
            buffer.append(contentsOf: chunk[0..<count])
        }
    }

    /// Reads the whole response of a `Connection: close` request.
    func readAll() throws -> String {
        while true {
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = recv(socketDescriptor, &chunk, chunk.count, 0)
            if count == 0 { return String(decoding: buffer, as: UTF8.self) }
            guard count > 0 else { throw RawHTTPError.timeout(String(decoding: buffer, as: UTF8.self)) }
            buffer.append(contentsOf: chunk[0..<count])
        }
    }

    /// A form post as a browser sends it; `origin` nil leaves the header out.
    func send(post path: String, form: String, host: String? = nil, origin: String?) throws {
        var request = "POST \(path) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nConnection: close\r\n"
        if let origin { request += "Origin: \(origin)\r\n" }
        request += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(form.utf8.count)\r\n\r\n\(form)"
        let sent = request.withCString { Glibc.send(socketDescriptor, $0, strlen($0), 0) }
        guard sent > 0 else { throw RawHTTPError.send }
    }

    static func post(
        _ path: String, form: String, port: Int, host: String? = nil, origin: String?
    ) throws -> (status: Int, body: String) {
        let connection = try RawHTTPConnection(port: port)
        try connection.send(post: path, form: form, host: host, origin: origin)
        return parse(try connection.readAll())
    }

    static func get(_ path: String, port: Int, host: String? = nil) throws -> (status: Int, body: String) {
        let connection = try RawHTTPConnection(port: port)
        try connection.send(get: path, host: host)
        return parse(try connection.readAll())
    }

    private static func parse(_ response: String) -> (status: Int, body: String) {
        let statusLine = response.split(separator: "\r\n").first ?? ""
        let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") ?? 0
        let body = response.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n")
        return (status, body)
    }
}

enum RawHTTPError: Error {
    case socket, connect, send
    case timeout(String)
}
