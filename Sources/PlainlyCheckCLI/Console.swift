import Foundation
import PlainlySource

/// Where commands print. Normally the real standard output and error; tests swap in a recording
/// console through the task-local `Console.current`, so commands run in-process.
public final class Console: @unchecked Sendable {
    private let lock = NSLock()
    /// Bytes, not a String: a report's blocks can end inside a character.
    private var recordedOut: [UInt8] = []
    private var recordedErr = ""
    private let records: Bool

    /// Colour only on a terminal, and never when NO_COLOR is set (no-color.org).
    public let usesColor: Bool
    /// What relative paths on the command line are relative to; nil means the process's own.
    public let workingDirectory: URL?

    private init(records: Bool, usesColor: Bool, workingDirectory: URL? = nil) {
        self.records = records
        self.usesColor = usesColor
        self.workingDirectory = workingDirectory
    }

    public static let standard = Console(
        records: false,
        usesColor: isatty(STDERR_FILENO) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty)

    public static func recording(workingDirectory: URL? = nil) -> Console {
        Console(records: true, usesColor: false, workingDirectory: workingDirectory)
    }

    /// A path from the command line as a URL.
    public func url(for path: String) -> URL { SourceLoader.url(for: path, relativeTo: workingDirectory) }

    @TaskLocal public static var current: Console = .standard

    public func out(_ text: String) {
        // Written straight away, not buffered: `preview` prints its address and then runs for hours.
        if records { lock.withLock { recordedOut += Array((text + "\n").utf8) } } else { FileHandle.standardOutput.write(Data((text + "\n").utf8)) }
    }

    /// UTF-8 written as it is: lines that already end in newlines, as a report makes them.
    public func out(bytes: [UInt8]) {
        if records {
            lock.withLock { recordedOut += bytes }
            return
        }
        bytes.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let result = write(STDOUT_FILENO, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 && errno == EINTR { continue }
                // A closed pipe or a full disk: the reader has gone, and there is no one to tell.
                guard result > 0 else { return }
                written += result
            }
        }
    }

    public func err(_ text: String) {
        if records {
            lock.withLock { recordedErr += text + "\n" }
        } else {
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }
    }

    public var standardOutput: String { lock.withLock { String(decoding: recordedOut, as: UTF8.self) } }
    public var standardError: String { lock.withLock { recordedErr } }
}
