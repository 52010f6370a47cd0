/// A report's text as UTF-8, built piece by piece: a long text's report is megabytes, and appending to
/// a byte array costs much less than appending to a String.
struct ReportBytes {
    var bytes: [UInt8] = []

    init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func endLine() { bytes.append(10) }

    mutating func append(byte: UInt8) { bytes.append(byte) }

    /// Text made as the report is written. Fixed text goes to `append(_: StaticString)`, which a string
    /// literal picks when there is no `append(_: String)` to prefer: it is copied without counting.
    mutating func append(string text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }

    /// Fixed text, copied from where the program holds it: unlike an array's or a string's, its
    /// storage is not counted, so a piece written once a word costs only the copy.
    mutating func append(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// A number in decimal, without making a String of it.
    mutating func append(_ number: Int) {
        // One digit, as most counts of syllables, lines and columns are, without working out its length.
        if number >= 0 && number < 10 {
            bytes.append(48 + UInt8(number))
            return
        }
        // Written into a buffer on the stack, then appended: room made in the array costs more.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: RawWriter.longestNumber) { digits in
            let count = FindingMessage.writeDecimal(number, into: digits, at: 0)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[..<count]))
        }
    }

    /// Up to `count` bytes written by `write` straight into the array's storage. Many small pieces
    /// (a word's JSON is a dozen) cost less this way than appended one by one, each append checking
    /// the array's room and sharing and copying through a generic loop.
    mutating func append(atMost count: Int, _ write: (inout RawWriter) -> Void) {
        let start = bytes.count
        // The room is made by copying zeros, not by appending `repeatElement(0, count:)`, which the
        // array fills a byte at a time.
        var left = count
        while left > 0 {
            let run = min(left, Self.zeros.count)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: Self.zeros[..<run]))
            left -= run
        }
        let written = bytes.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress! + start
            var writer = RawWriter(position: base, end: base + count)
            write(&writer)
            return writer.position - base
        }
        bytes.removeLast(count - written)
    }
}

extension ReportBytes {
    /// Zeros to copy from, made once and never freed (see `append(atMost:_:)`).
    nonisolated(unsafe) fileprivate static let zeros = UnsafeBufferPointer(UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 14).initialized(to: 0))
}

extension UnsafeMutableBufferPointer where Element == UInt8 {
    fileprivate func initialized(to value: UInt8) -> Self {
        initialize(repeating: value)
        return self
    }
}

/// Writes bytes into memory already made ready for them (see `ReportBytes.append(atMost:_:)`), which
/// must have room for all of them: writing past it stops the program rather than overwrite memory.
struct RawWriter {
    /// Characters of the longest `Int` in decimal, with its minus sign.
    static let longestNumber = 20

    private(set) var position: UnsafeMutablePointer<UInt8>
    let end: UnsafeMutablePointer<UInt8>

    init(position: UnsafeMutablePointer<UInt8>, end: UnsafeMutablePointer<UInt8>) {
        self.position = position
        self.end = end
    }

    @inline(__always)
    mutating func put(_ byte: UInt8) {
        precondition(position < end, "RawWriter: no room left")
        position.pointee = byte
        position += 1
    }

    @inline(__always)
    mutating func put(_ text: StaticString) {
        put(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    @inline(__always)
    mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        precondition(end - position >= count, "RawWriter: no room left")
        guard let base = bytes.baseAddress else { return }
        position.update(from: base, count: count)
        position += count
    }

    /// A number in decimal: at most `longestNumber` bytes.
    mutating func put(decimal number: Int) {
        if number >= 0 && number < 10 {
            put(48 + UInt8(number))
            return
        }
        let count = FindingMessage.digitCount(number)
        precondition(end - position >= count, "RawWriter: no room left")
        _ = FindingMessage.writeDecimal(number, into: UnsafeMutableBufferPointer(start: position, count: count), at: 0)
        position += count
    }
}
