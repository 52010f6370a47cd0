import Foundation
import PlainlyModel
@testable import Readability
import Testing

/// Issue 15: a report on a long text is written as it is made, never held whole: the units' part of
/// the report is spooled while the text is still being read, the spool keeps at most
/// `ByteSpool.memoryLimit` in memory, and the report reaches its writer in blocks of bounded size.
@Suite struct LongReportTests {
    /// About 3 MB of prose in 120 parts, as a long `.txt` file is handed to the checker.
    static let partCount = 120

    static func paragraph(_ index: Int) -> String {
        let sentences = [
            "The board is asked to note the contents of this report and to approve option \(index), which would utilise the underspend in order to facilitate additional provision going forward.",
            "We will write to carers in May.",
            "Dr Patel from the CQC will attend the meeting at 10.30 a.m. and questions can be sent before the day.",
            "The cost is £4.50 per session, e.g. for a short break, and the \"rate\" is <fixed> & agreed.",
        ]
        return (0..<6).map { sentences[($0 + index) % sentences.count] }.joined(separator: " ")
    }

    static func part(_ number: Int) -> Part {
        let paragraphs = (0..<50).map { paragraph(number * 50 + $0) }
        return Document.paragraphs(paragraphs, file: "long.txt").parts[0]
    }

    /// The parts one at a time; `asked` is called with each part's number as the checker asks for it.
    struct Parts: Sequence {
        let asked: (Int) -> Void

        func makeIterator() -> AnyIterator<Part> {
            var next = 0
            return AnyIterator {
                guard next < LongReportTests.partCount else { return nil }
                asked(next)
                defer { next += 1 }
                return LongReportTests.part(next)
            }
        }
    }

    /// Checked in order on this thread (no workers), so what the spool holds when a part is asked for
    /// is exactly what the parts before it made.
    static func check(_ format: UnitSpool.Format) -> (result: CheckResult, spool: UnitSpool, spooledBeforeLastPart: Int, inMemoryAtMost: Int) {
        let spool = UnitSpool(format: format)
        var spooledBeforeLastPart = -1
        var inMemoryAtMost = 0
        let parts = Parts { number in
            inMemoryAtMost = max(inMemoryAtMost, spool.bytes.bytesInMemory)
            if number == partCount - 1 { spooledBeforeLastPart = spool.bytes.count }
        }
        var metadata = Metadata(title: "Long", profile: .plain)
        metadata.kind = .guide
        let result = CheckService().check(metadata: metadata, parts: parts, spoolingUnitsTo: spool)
        return (result, spool, spooledBeforeLastPart, inMemoryAtMost)
    }

    /// Blocks as a report writes them: how many bytes in all, and the largest block.
    static func written(_ render: (([UInt8]) -> Void) -> Void) -> (total: Int, largest: Int, blocks: Int) {
        var total = 0, largest = 0, blocks = 0
        render { block in
            total += block.count
            largest = max(largest, block.count)
            blocks += 1
        }
        return (total, largest, blocks)
    }

    /// Findings and tokens are made a window at a time (`JSONReport.findingWindow`,
    /// `JSONReport.tokenWindow`, HTML a unit at a time), so no block is larger than this, however
    /// long the text.
    static let largestBlock = 1 << 20

    @Test(arguments: [UnitSpool.Format.html, .tokens])
    func unitsAreSpooledAsTheTextIsChecked(format: UnitSpool.Format) {
        let (result, spool, spooledBeforeLastPart, inMemoryAtMost) = Self.check(format)
        #expect(result.counts.words > 400_000)
        #expect(result.units.isEmpty)
        #expect(spool.unitCount == Self.partCount * 50)
        // Most of the report's text was made before the input ended.
        #expect(spooledBeforeLastPart > spool.bytes.count * 9 / 10)
        #expect(spool.bytes.usesFile)
        #expect(inMemoryAtMost <= ByteSpool.memoryLimit + ByteSpool.fileRun + 200_000)

        let file = FileReport(path: "long.txt", result: result, unitSpool: spool)
        let report = CheckReport(files: [file])
        let output = format == .html
            ? Self.written { HTMLReport().render(report, bytes: $0) }
            : Self.written { JSONReport(includesTokens: true).render(report, bytes: $0) }
        #expect(output.total > spool.bytes.count)
        #expect(output.largest <= Self.largestBlock)
        #expect(output.blocks > output.total / Self.largestBlock)
    }

    @Test func jsonFindingsAreWrittenInBlocks() {
        let result = CheckService().check(metadata: Metadata(title: "Long", profile: .plain), parts: Parts { _ in })
        #expect(result.findings.count > 10_000)
        let report = CheckReport(files: [FileReport(path: "long.txt", result: result)])
        let output = Self.written { JSONReport().render(report, bytes: $0) }
        #expect(output.total > 5_000_000)
        #expect(output.largest <= Self.largestBlock)
    }
}
