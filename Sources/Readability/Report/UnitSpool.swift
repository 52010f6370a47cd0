/// What a report shows of each unit of one checked file (its text highlighted for `--format html`,
/// its sentences and words for `--tokens`), taken down as the text is checked so that the units themselves
/// are never kept: a 5 MB text's units with their words take hundreds of megabytes.
///
/// The bytes are made on the worker that checked the unit (`UnitEncoder`), handed on in reading order
/// and kept in a `ByteSpool` until the report, which needs the whole text's scores first, writes them.
/// The files of one check share one `ByteSpool`, one file after another.
///
/// Appended to by one thread at a time (the checker's in-order thread); once the check is done, read by
/// the report, on several threads at once.
public final class UnitSpool: @unchecked Sendable {
    public enum Format: Sendable {
        /// Each unit as the HTML report's paragraph with its hard sentences marked.
        case html
        /// Each unit's sentences and words for `--tokens`, as a compact record (`TokenRecords`).
        case tokens
    }

    public let format: Format
    let bytes: ByteSpool
    /// Where this file's bytes start in `bytes`.
    let start: Int
    /// Where each unit's bytes end in `bytes`, by unit index.
    private var unitEnds: [Int] = []

    /// Starts at the end of what `bytes` holds: the file before this one must be finished.
    public init(format: Format, bytes: ByteSpool = ByteSpool()) {
        self.format = format
        self.bytes = bytes
        start = bytes.count
    }

    public var unitCount: Int { unitEnds.count }

    /// Why the spooled bytes could not be read back (an errno), once they could not: the report made
    /// from them is incomplete and must not be kept (see `ByteSpool.readFailure`).
    public var readFailure: Int32? { bytes.readFailure }

    /// Every byte of this file's units.
    var range: Range<Int> { start..<(unitEnds.last ?? start) }

    func range(ofUnit index: Int) -> Range<Int> {
        (index == 0 ? start : unitEnds[index - 1])..<unitEnds[index]
    }

    /// The units in consecutive windows of at most `bytes` bytes (one unit when it is longer), for a
    /// report to make a window at a time.
    func windows(ofAbout bytes: Int) -> [Range<Int>] {
        var windows: [Range<Int>] = []
        var first = 0
        while first < unitCount {
            let start = range(ofUnit: first).lowerBound
            var end = first + 1
            while end < unitCount && unitEnds[end] - start <= bytes { end += 1 }
            windows.append(first..<end)
            first = end
        }
        return windows
    }

    /// Reads `units`' bytes back at once and hands `body` each unit's index and bytes, in order; nothing
    /// when they cannot be read back (`readFailure` says so, and the report is then not kept). May run
    /// on several threads at once, once the check is done.
    func forEachUnit(in units: Range<Int>, _ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        guard let first = units.first else { return }
        let start = range(ofUnit: first).lowerBound
        let end = range(ofUnit: units.upperBound - 1).upperBound
        var read: [UInt8] = []
        read.reserveCapacity(end - start)
        bytes.read(start..<end) { read.append(contentsOf: $0) }
        guard read.count == end - start else { return }
        read.withUnsafeBufferPointer { read in
            for unit in units {
                let unitRange = range(ofUnit: unit)
                body(unit, UnsafeBufferPointer(rebasing: read[(unitRange.lowerBound - start)..<(unitRange.upperBound - start)]))
            }
        }
    }

    /// How each unit is written, for the profile the text is checked with.
    func encoder(for profile: CheckProfile) -> UnitEncoder {
        switch format {
        case .html: UnitEncoder(style: .html(HTMLReport.Marking(profile)))
        case .tokens: UnitEncoder(style: .tokens)
        }
    }

    /// The next units' bytes, one after another, with where each unit's ends in `encoded`.
    func append(_ encoded: [UInt8], unitEnds ends: [Int]) {
        precondition(bytes.count == range.upperBound, "UnitSpool: another file's units were spooled in between")
        let base = bytes.count
        bytes.append(encoded)
        unitEnds.reserveCapacity(unitEnds.count + ends.count)
        for end in ends { unitEnds.append(base + end) }
    }
}

/// Writes a unit as a report shows it. A value, used on the checker's worker threads.
struct UnitEncoder: Sendable {
    enum Style: Sendable {
        case html(HTMLReport.Marking)
        case tokens
    }

    let style: Style

    func encode(_ unit: AnalysedUnit, into bytes: inout [UInt8]) {
        switch style {
        case .html(let marking):
            var out = ReportBytes()
            swap(&out.bytes, &bytes)
            HTMLReport.writeUnit(unit, marking: marking, to: &out)
            swap(&out.bytes, &bytes)
        case .tokens:
            TokenRecords.encode(unit, to: &bytes)
        }
    }
}
