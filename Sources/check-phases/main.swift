// Times each phase of `plainly check` on one text file, in one process, so work on the checker's speed
// can see where the time goes: reading pieces, parsing them, collecting units, tokenising, the whole
// check with and without rules and workers, sorting and the terminal report. Each figure is the best
// of several runs. Run by `scripts/bench-check-phases`; not part of the product.
import Dispatch
import DocumentReaders
import Foundation
import PlainlyModel
import Readability

guard CommandLine.arguments.count == 2, let data = FileManager.default.contents(atPath: CommandLine.arguments[1]) else {
    FileHandle.standardError.write(Data("usage: check-phases FILE.txt\n".utf8))
    exit(2)
}
let bytes = [UInt8](data)

func milliseconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e6 }

/// The best of `runs` timings of `body`, printed with its name.
@MainActor func time(_ name: String, runs: Int = 5, _ body: () -> Void) {
    var best = Double.infinity
    for _ in 0..<runs {
        let start = milliseconds()
        body()
        best = min(best, milliseconds() - start)
    }
    print(name.padding(toLength: 34, withPad: " ", startingAt: 0) + String(format: "%8.1f ms", best))
}

/// The file in 32 KB chunks, as `plainly check` reads it.
struct Chunks: IteratorProtocol {
    var rest: ArraySlice<UInt8>
    mutating func next() -> [UInt8]? {
        guard !rest.isEmpty else { return nil }
        defer { rest = rest.dropFirst(1 << 15) }
        return Array(rest.prefix(1 << 15))
    }
}

// Loaded once before timing, as they are once per process.
_ = SyllableTable.shipped
_ = WordLists.shipped

var pieces: [TextPiece] = []
time("split into pieces") { pieces = Array(StreamedTextParts(chunks: Chunks(rest: bytes[...]), file: "text.txt")) }
var parts: [Part] = []
time("parse pieces into parts") { parts = pieces.compactMap { $0.read() } }
var units: [TextUnit] = []
time("collect units") {
    units = []
    var collector = UnitCollector(TextUnitList())
    for part in parts { collector.visitPart(part) }
    units = collector.receiver.units
}
var sentences: [[Sentence]] = []
time("tokenise (memo warm after run 1)") {
    let tokeniser = Tokeniser()
    sentences = units.map { unit in Array(unit.text.utf8).withUnsafeBufferPointer { tokeniser.sentences(in: $0) } }
}
let words = sentences.reduce(0) { $0 + $1.reduce(0) { $0 + $1.words.count } }
print("  \(units.count) units, \(sentences.reduce(0) { $0 + $1.count }) sentences, \(words) words")

func check(_ pieces: [TextPiece], rules: Set<String>?, workers: Bool) -> CheckResult {
    Checker(profile: .named(.plain), onlyRules: rules, usesWorkers: workers)
        .check(metadata: PlainTextReader.metadata(), parts: pieces)
}
time("check, no rules, one thread", runs: 3) { _ = check(pieces, rules: [], workers: false) }
time("check, one thread", runs: 3) { _ = check(pieces, rules: nil, workers: false) }
time("check, no rules, workers", runs: 3) { _ = check(pieces, rules: [], workers: true) }
var result: CheckResult?
time("check, workers", runs: 3) { result = check(pieces, rules: nil, workers: true) }
print("  \(result!.findings.count) findings")
time("sort findings", runs: 3) {
    var findings = result!.findings
    findings.sortByLocation()
}
let report = CheckReport(files: [FileReport(path: "text.txt", result: result!)])
var size = 0
time("terminal report", runs: 3) {
    size = 0
    TerminalReport().render(report) { size += $0.count }
}
print("  \(size) bytes of report")
