import Foundation

/// Runs one piece of work on a thread of its own while the caller does another; `wait()` gives
/// its result. The work owns what it captures until `wait()` returns: the caller hands it objects
/// it does not touch meanwhile (a second typesetter, a second set of pictures, a slice of the
/// immutable pages), which the compiler cannot see, hence `@unchecked Sendable`.
final class OtherThread<Value>: @unchecked Sendable {
    private var result: Result<Value, any Error>?
    private let done = DispatchSemaphore(value: 0)
    private let work: () throws -> Value

    /// Drawing a page nests no deeper than its structure; the main thread's 8 MB keeps the two
    /// threads alike.
    static var stackSize: Int { 8 << 20 }

    init(_ work: @escaping () throws -> Value) {
        self.work = work
        let thread = Thread { [self] in
            result = Result { try self.work() }
            done.signal()
        }
        thread.stackSize = Self.stackSize
        thread.start()
    }

    func wait() throws -> Value {
        done.wait()
        return try result!.get()
    }
}
