/// Cuts runs of block quote and list markers at the start of a line (`> > > …`, `- - - …`,
/// `1. 1. …`) down to `SourceLimits.maximumBlockNesting` before cmark sees the text.
///
/// cmark opens a container for every marker, so one line of millions of `> ` would make millions of
/// nodes (gigabytes) before any depth check could run. Nesting over several lines needs the markers
/// or the indentation repeated on every line, so the input grows with the square of the depth and
/// the size limit bounds it. A line cut here is reported at its line, like any other nesting too deep.
enum LeadingMarkers {
    struct Result {
        var text: String
        /// The first line (1-based) that had too many markers, and its column where they were cut.
        var firstCut: (line: Int, column: Int)?
    }

    static func limit(_ text: String, to maximum: Int = SourceLimits.maximumBlockNesting) -> Result {
        var bytes = Array(text.utf8)
        var output: [UInt8] = []
        var firstCut: (line: Int, column: Int)?
        var lineStart = 0, line = 1
        var changed = false
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let (count, cutAt) = markers(in: bytes, from: lineStart, to: lineEnd, maximum: maximum)
            if count > maximum, let cutAt, !isThematicBreak(bytes[lineStart..<lineEnd]) {
                if firstCut == nil { firstCut = (line, cutAt - lineStart + 1) }
                if !changed {
                    output.reserveCapacity(bytes.count)
                    output += bytes[0..<lineStart]
                    changed = true
                }
                // Keep the first `maximum` markers, then the line's text after all of them.
                output += bytes[lineStart..<cutAt]
                output += bytes[skipMarkers(in: bytes, from: cutAt, to: lineEnd)..<lineEnd]
            } else if changed {
                output += bytes[lineStart..<lineEnd]
            }
            if lineEnd < bytes.count, changed { output.append(0x0A) }
            line += 1
            lineStart = lineEnd + 1
        }
        guard changed else { return Result(text: text, firstCut: nil) }
        bytes = output
        return Result(text: String(decoding: bytes, as: UTF8.self), firstCut: firstCut)
    }

    /// `- - - -` or `* * * *` alone on a line is a rule, not lists, however long.
    private static func isThematicBreak(_ line: ArraySlice<UInt8>) -> Bool {
        let marks = line.filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }
        guard let first = marks.first, [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "_")].contains(first) else {
            return false
        }
        return marks.allSatisfy { $0 == first }
    }

    /// How many markers the line starts with, and where the one after the `maximum`th begins.
    private static func markers(in bytes: [UInt8], from start: Int, to end: Int, maximum: Int) -> (Int, Int?) {
        var index = start, count = 0
        var cutAt: Int?
        while true {
            while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            guard let after = marker(in: bytes, at: index, end: end) else { return (count, cutAt) }
            count += 1
            if count == maximum + 1 { cutAt = index }
            index = after
        }
    }

    private static func skipMarkers(in bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var index = start
        while true {
            while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            guard let after = marker(in: bytes, at: index, end: end) else { return index }
            index = after
        }
    }

    /// The index after one marker at `index`: `>`, or `-`, `+`, `*` or `1.`/`1)` followed by a space.
    private static func marker(in bytes: [UInt8], at index: Int, end: Int) -> Int? {
        guard index < end else { return nil }
        let byte = bytes[index]
        if byte == UInt8(ascii: ">") { return index + 1 }
        func spaceAfter(_ next: Int) -> Int? {
            next < end && (bytes[next] == 0x20 || bytes[next] == 0x09) ? next : nil
        }
        if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "*") {
            return spaceAfter(index + 1)
        }
        var digit = index
        while digit < end, digit - index < 9, bytes[digit] >= 0x30, bytes[digit] <= 0x39 { digit += 1 }
        if digit > index, digit < end, bytes[digit] == UInt8(ascii: ".") || bytes[digit] == UInt8(ascii: ")") {
            return spaceAfter(digit + 1)
        }
        return nil
    }
}
