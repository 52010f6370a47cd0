/// A report's UTF-8 gathered into blocks of about 64 KB for `write`: a report with tens of thousands of
/// findings is never held whole in memory, and is written in few calls.
struct ReportBlocks {
    /// 64 KB: few enough calls that writing costs little, small beside the 64 MB a long check may use.
    static let blockSize = 1 << 16

    let write: ([UInt8]) -> Void
    var bytes: [UInt8] = []

    init(write: @escaping ([UInt8]) -> Void) {
        self.write = write
        bytes.reserveCapacity(Self.blockSize * 2)
    }

    /// A line, with its newline.
    mutating func add(_ line: String) {
        add(text: line)
        bytes.append(10)
        flushIfFull()
    }

    /// Text as it is, without a newline.
    mutating func add(text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
        flushIfFull()
    }

    /// Bytes already made (whole lines, or any run of UTF-8). A big run is written as it is, after
    /// what is waiting, rather than copied into the block first.
    mutating func add(lines: [UInt8]) {
        if lines.count >= Self.blockSize {
            flush()
            write(lines)
            return
        }
        bytes += lines
        flushIfFull()
    }

    mutating func add(_ buffer: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: buffer)
        flushIfFull()
    }

    mutating func flushIfFull() {
        if bytes.count >= Self.blockSize { flush() }
    }

    mutating func flush() {
        guard !bytes.isEmpty else { return }
        write(bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}
