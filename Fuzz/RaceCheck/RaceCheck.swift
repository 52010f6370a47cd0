import DocumentReaders
import Foundation
import Readability

/// Checks a long text with the checker's worker threads and without, and fails unless both give the
/// same counts and findings, then makes its HTML, JSON (with tokens) and terminal reports, whose
/// windows are made on threads of their own, from spooled units and from kept ones, and fails unless
/// they are the same. Built with ThreadSanitizer by `scripts/race-check` (part of `make test`), so any
/// data race between the workers, the in-order rules, the shared syllable memory and the report's
/// threads is reported; built normally it is a quick check that threads change nothing.
///
///     RaceCheck FILE...    the files' text, repeated to about `targetBytes`, is the long text
@main
enum RaceCheck {
    /// Long enough for dozens of pieces in flight on every worker; small enough to check in seconds
    /// under ThreadSanitizer, which slows the checker ten times or more.
    static let targetBytes = 400_000
    /// Small pieces, so the workers hand batches over often.
    static let chunkSize = 4096

    struct Chunks: IteratorProtocol {
        var bytes: ArraySlice<UInt8>

        mutating func next() -> [UInt8]? {
            guard !bytes.isEmpty else { return nil }
            defer { bytes = bytes.dropFirst(RaceCheck.chunkSize) }
            return Array(bytes.prefix(RaceCheck.chunkSize))
        }
    }

    static func main() {
        let files = CommandLine.arguments.dropFirst()
        var sample: [UInt8] = []
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("\(path): error: cannot read this file\n".utf8))
                exit(2)
            }
            sample += data + Array("\n\n".utf8)
        }
        guard !sample.isEmpty else {
            FileHandle.standardError.write(Data("usage: RaceCheck FILE...\n".utf8))
            exit(2)
        }
        var text: [UInt8] = []
        while text.count < targetBytes { text += sample }

        let started = Date()
        var failures = 0
        var summary = ""
        for streamed in [false, true] {
            let how = streamed ? "streamed pieces" : "parts read whole"
            let alone = check(text, usesWorkers: false, streamed: streamed)
            let together = check(text, usesWorkers: true, streamed: streamed)
            if together.counts != alone.counts {
                print("RaceCheck: error: with workers (\(how)) the counts differ: \(together.counts) against \(alone.counts)")
                failures += 1
            }
            if together.findings != alone.findings {
                print("RaceCheck: error: with workers (\(how)) the findings differ")
                failures += 1
            }
            summary = "\(alone.counts.words) words, \(alone.findings.count) findings"
        }
        // The reports are made on threads of their own too (`ParallelRender`): from units spooled as
        // the text was checked, and from units the result kept, they must say the same.
        for format in [UnitSpool.Format.html, .tokens] {
            let spool = UnitSpool(format: format)
            let pieces = StreamedTextParts(chunks: Chunks(bytes: text[...]), file: "long.txt")
            let spooled = CheckService(usesWorkers: true).check(metadata: PlainTextReader.metadata(), parts: pieces, spoolingUnitsTo: spool)
            let kept = CheckService(keepsUnits: true).check(
                metadata: PlainTextReader.metadata(), parts: StreamedTextParts(chunks: Chunks(bytes: text[...]), file: "long.txt"))
            let fromSpool = CheckReport(files: [FileReport(path: "long.txt", result: spooled, unitSpool: spool)])
            let fromUnits = CheckReport(files: [FileReport(path: "long.txt", result: kept)])
            let same = switch format {
            case .html: HTMLReport().render(fromSpool) == HTMLReport().render(fromUnits)
            case .tokens: JSONReport(includesTokens: true).render(fromSpool) == JSONReport(includesTokens: true).render(fromUnits)
            }
            if !same || TerminalReport().render(fromSpool) != TerminalReport().render(fromUnits) {
                print("RaceCheck: error: the \(format) report made from spooled units differs from the one made from kept units")
                failures += 1
            }
        }
        let seconds = Date().timeIntervalSince(started)
        print("RaceCheck: \(text.count) bytes, \(summary), checked four ways and reported two ways in \(String(format: "%.1f", seconds)) s: \(failures == 0 ? "the same" : "DIFFERENT")")
        exit(failures == 0 ? 0 : 1)
    }

    static func check(_ text: [UInt8], usesWorkers: Bool, streamed: Bool) -> CheckResult {
        let checker = Checker(profile: .named(.plain), usesWorkers: usesWorkers)
        if streamed {
            let pieces = StreamedTextParts(chunks: Chunks(bytes: text[...]), file: "long.txt")
            return checker.check(metadata: PlainTextReader.metadata(), parts: pieces)
        }
        let parts = PlainTextReader().parts(of: text, file: "long.txt", blocksPerPart: 150)
        return checker.check(metadata: PlainTextReader.metadata(), parts: parts)
    }
}
