import Foundation

/// A write that failed, with the reason in words a person understands (never a Cocoa error number).
public struct FileWriteError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// The reason for the C library's last error, as a short phrase.
    public init(path: String, errno code: Int32) {
        self.init(path: path, reason: Self.reason(errno: code))
    }

    public var description: String { "\(path): error: cannot write: \(reason)" }

    public static func reason(errno code: Int32) -> String { FileSystemReason.sentence(errno: code, .writing) }
}
