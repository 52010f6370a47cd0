import Foundation
@testable import Readability
import Testing

/// `ParallelRender` makes a report's windows on threads of its own and hands them over in order.
@Suite struct ParallelRenderTests {
    /// What each window writes: its number, then bytes that differ from window to window in length, so
    /// a buffer used again that kept an earlier window's bytes would show.
    static func window(_ number: Int) -> [UInt8] {
        Array("[\(number)]".utf8) + Array(repeating: UInt8(ascii: "a") + UInt8(number % 26), count: (number * 7919) % 3000)
    }

    static func written(windows count: Int, bytesPerWindow: Int = 1024) -> [[UInt8]] {
        var written: [[UInt8]] = []
        ParallelRender.windows(count, bytesPerWindow: bytesPerWindow) { window, out in
            // Some windows take longer, so threads finish out of order.
            if window % 5 == 0 { usleep(200) }
            out.append(Self.window(window))
        } write: { written.append($0) }
        return written
    }

    @Test func everyWindowIsWrittenOnceInOrder() {
        let written = Self.written(windows: 300)
        #expect(written.count == 300)
        for (number, bytes) in written.enumerated() {
            #expect(bytes == Self.window(number), "window \(number)")
        }
    }

    @Test(arguments: [0, 1, 2, 3])
    func fewWindows(count: Int) {
        #expect(Self.written(windows: count) == (0..<count).map(Self.window))
    }

    /// A window far larger than the room asked for still comes whole.
    @Test func windowsLargerThanAskedFor() {
        #expect(Self.written(windows: 40, bytesPerWindow: 1) == (0..<40).map(Self.window))
    }

    /// The windows are made on other threads than the writer's when there are several processors, and
    /// the writer is always the calling thread.
    @Test func writesOnTheCallingThread() {
        let caller = Thread.current
        var writerIsCaller = true
        ParallelRender.windows(50, bytesPerWindow: 16) { window, out in
            out.append(window)
        } write: { _ in writerIsCaller = writerIsCaller && Thread.current == caller }
        #expect(writerIsCaller)
    }
}
