/// A report's text as UTF-8, built piece by piece: a long text's report is megabytes, and appending to
/// a byte array costs much less than appending to a String.
struct ReportBytes {
    var bytes: [UInt8] = []

    init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func endLine() { bytes.append(10) }

    mutating func append(byte: UInt8) { bytes.append(byte) }

    mutating func append(_ text: String) {
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
        // Written backwards into a buffer on the stack, then copied: no String, no array of zeros.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            let count = FindingMessage.writeDecimal(number, into: digits, at: 0)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[..<count]))
        }
    }
}
