import DocumentReaders
import Foundation
import PlainlyModel
import Readability
import Testing

/// Tokenising on worker threads, with the one-unit rules beside it, must give exactly what checking
/// on one thread gives: the same counts, the same findings in the same order.
@Suite struct AnalysisPipelineTests {
    /// Many batches over several parts, with words whose counts depend on what came before if the
    /// syllable counter's memory is wrong ("bmp" then "BMP"), repeated hard words and acronyms.
    static let text: String = {
        let paragraphs = [
            "The bmp file is small. A BMP file is said letter by letter, and so is GPs.",
            "Our safeguarding arrangements are reviewed annually by the ICB; we utilise feedback.",
            "Please liaise with your social worker in order to facilitate your assessment going forward.",
            "Heading without a full stop",
            "- A bullet about eligibility\n- Another about the CQC and the NHS",
            "It was decided that the forms were sent to the wrong address, which is being looked into by the team, who will write to everyone affected as soon as they possibly can after the meeting.",
        ]
        // A board paper's recommendations at the end, as bullets: long enough to be cut into pieces.
        let recommendations = "Recommendations\n===============\n\nThe Board is asked to:\n\n"
            + (1...12).map { "- Agree point \($0) of the plan for the coming year." }.joined(separator: "\n\n")
        return (0..<400).map { index in paragraphs[index % paragraphs.count] + " Item \(index)." }
            .joined(separator: "\n\n") + "\n\n" + recommendations
    }()

    func check(usesWorkers: Bool) -> CheckResult {
        let parts = PlainTextReader().parts(of: Array(Self.text.utf8), file: "long.txt", blocksPerPart: 150)
        return Checker(profile: .named(.plain), usesWorkers: usesWorkers)
            .check(metadata: PlainTextReader.metadata(), parts: parts)
    }

    @Test func workersGiveTheSameResult() {
        let alone = check(usesWorkers: false)
        let together = check(usesWorkers: true)
        #expect(alone.counts == together.counts)
        #expect(alone.findings == together.findings)
        #expect(alone.findings.count > 400)
        #expect(Set(alone.findings.map(\.rule)).isSuperset(of: [
            "long-sentence", "passive-voice", "jargon", "hard-word", "acronym", "numbered-recommendations",
        ]))
    }

    /// A text file as the command line checks it: read in small chunks, each piece read into a part
    /// on a worker.
    @Test(arguments: [97, 4096])
    func streamedPiecesGiveTheSameResult(chunkSize: Int) {
        struct Chunks: IteratorProtocol {
            var bytes: ArraySlice<UInt8>
            let size: Int
            mutating func next() -> [UInt8]? {
                guard !bytes.isEmpty else { return nil }
                defer { bytes = bytes.dropFirst(size) }
                return Array(bytes.prefix(size))
            }
        }
        let alone = Checker(.plain).check(PlainTextReader().read(Self.text, file: "long.txt"))
        let pieces = StreamedTextParts(chunks: Chunks(bytes: Array(Self.text.utf8)[...], size: chunkSize), file: "long.txt")
        let together = Checker(profile: .named(.plain), usesWorkers: true)
            .check(metadata: PlainTextReader.metadata(), parts: pieces)
        #expect(alone.counts == together.counts)
        // Findings about the whole paper look at its first part only, which differs with the pieces.
        #expect(alone.findings.filter { $0.rule != "paper-summary" } == together.findings.filter { $0.rule != "paper-summary" })
    }

    @Test func unitsAreKeptInOrder() {
        let parts = PlainTextReader().parts(of: Array(Self.text.utf8), file: "long.txt", blocksPerPart: 150)
        let result = Checker(profile: .named(.plain), keepsUnits: true, usesWorkers: true)
            .check(metadata: PlainTextReader.metadata(), parts: parts)
        #expect(result.units.map(\.index) == Array(0..<result.units.count))
        #expect(result.units.count > 256)  // more than one batch
    }

    /// The letter rules' count for "bmp" is not the count for "BMP", whichever comes first.
    @Test(arguments: [["bmp", "BMP"], ["BMP", "bmp"]])
    func spellingsAreCountedOnTheirOwn(order: [String]) {
        let counter = SyllableCounter()
        let counts = Dictionary(uniqueKeysWithValues: order.map { ($0, counter.count($0)) })
        #expect(counts["BMP"] == 3)
        #expect(counts["bmp"] == SyllableCounter().count("bmp"))
    }
}
