import Dispatch
import Foundation
import PlainlyModel

/// Reads, tokenises and checks a document's parts one job a part, handing the results on in reading
/// order. Reading a piece, splitting it into units, tokenising them (words, sentences, syllables) and
/// the rules that look at one unit at a time are most of the work of a check, and each part's is
/// independent, so with workers they run on every processor; the rules that remember what they have
/// seen run in order on a thread of their own.
///
/// Each part is handled where it was read, so its text, units and words stay on one processor until
/// the in-order rules look at them, and it is freed by the worker that made it. At most `inFlight`
/// parts wait, are being read or wait to be taken, one more is with the in-order rules, and each
/// worker holds the parts it made until it starts its next, so a long text never piles up in memory.
final class AnalysisPipeline: @unchecked Sendable {
    static let inFlight = 3

    /// One part's results: the part (rules about structure look at each part first), its units with
    /// their sentences, the counts of those sentences, and what the one-unit rules found. Units are
    /// numbered from 0 within the part; the receiver numbers them on through the document.
    struct Batch: Sendable {
        var part: Part?
        var units: [AnalysedUnit]
        var counts: TextCounts
        var findings: [Finding]
        /// What a streamed report shows of the units (see `UnitSpool`), one after another, and where
        /// each unit's ends; empty unless the check was given a spool.
        var encoded: [UInt8] = []
        var encodedEnds: [Int] = []
        /// The worker that made it, which also frees it (see `spent`).
        var worker = 0
    }

    private let abbreviations: Abbreviations
    /// Rules with `checksUnitsIndependently`; each job checks with copies of its own.
    private let unitRules: [any Rule]
    /// Writes each unit as a streamed report shows it, on the worker that checked it.
    private let unitEncoder: UnitEncoder?
    private let usesWorkers: Bool
    private let receive: @Sendable (inout Batch) -> Void
    private let slots = DispatchSemaphore(value: AnalysisPipeline.inFlight)
    // Guarded by `condition`.
    private let condition = NSCondition()
    private var done: [Int: Batch] = [:]
    private var submitted = 0
    private var finishedSubmitting = false
    private var waiting: [(number: Int, piece: any PartPiece)] = []
    private var spareTokenisers: [Tokeniser] = []
    /// Batches the in-order rules are done with, by the worker that made them. Each worker frees its
    /// own before its next piece: memory freed by the thread that allocated it goes back without
    /// taking a lock that the allocating thread may be holding, and a long text is tens of
    /// thousands of small allocations.
    private var spent: [[Batch]] = []
    /// Threads of the pipeline's own, not a shared pool: the caller waits for them, and waiting for a
    /// shared pool from one of its own threads (Swift concurrency runs on one) can leave no thread to
    /// do the work.
    static var workerCount: Int { min(Processors.count, 8) }

    /// `receive` is called with each part's batch in order: on the calling thread without workers, on
    /// a thread of the pipeline's own with them.
    init(
        abbreviations: Abbreviations, unitRules: [any Rule], unitEncoder: UnitEncoder? = nil, usesWorkers: Bool,
        receive: @escaping @Sendable (inout Batch) -> Void
    ) {
        self.abbreviations = abbreviations
        self.unitRules = unitRules
        self.unitEncoder = unitEncoder
        self.usesWorkers = usesWorkers
        self.receive = receive
    }

    /// Takes `pieces` on this thread and returns when every batch has been received.
    func run<Pieces: Sequence>(_ pieces: Pieces) where Pieces.Element: PartPiece {
        guard usesWorkers else {
            for piece in pieces {
                var batch = analyse(piece)
                receive(&batch)
            }
            return
        }
        spent = Array(repeating: [], count: Self.workerCount)
        let consumerDone = DispatchSemaphore(value: 0)
        Thread { [self] in
            var next = 0
            while var batch = take(next) {
                // The place is free as soon as the batch is taken, so the workers go on while the
                // rules look at it.
                slots.signal()
                receive(&batch)
                condition.lock()
                spent[batch.worker].append(batch)
                condition.unlock()
                next += 1
            }
            consumerDone.signal()
        }.start()
        for worker in 0..<Self.workerCount {
            Thread { [self] in
                while var job = nextJob(for: worker) {
                    job.spent.removeAll()
                    var batch = analyse(job.piece)
                    batch.worker = worker
                    condition.lock()
                    done[job.number] = batch
                    condition.broadcast()
                    condition.unlock()
                }
            }.start()
        }
        for piece in pieces { submit(piece) }
        condition.lock()
        finishedSubmitting = true
        condition.broadcast()
        condition.unlock()
        consumerDone.wait()
    }

    private func submit(_ piece: some PartPiece) {
        slots.wait()
        condition.lock()
        waiting.append((submitted, piece))
        submitted += 1
        condition.broadcast()
        condition.unlock()
    }

    /// The next piece for a worker, oldest first, with the worker's spent batches for it to free;
    /// nil once every piece has been taken.
    private func nextJob(for worker: Int) -> (number: Int, piece: any PartPiece, spent: [Batch])? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if !waiting.isEmpty {
                let (number, piece) = waiting.removeFirst()
                var taken: [Batch] = []
                swap(&taken, &spent[worker])
                return (number, piece, taken)
            }
            if finishedSubmitting { return nil }
            condition.wait()
        }
    }

    private func analyse(_ piece: some PartPiece) -> Batch {
        guard let part = piece.read() else { return Batch(part: nil, units: [], counts: TextCounts(), findings: []) }
        let tokeniser = borrowTokeniser()
        defer { giveBack(tokeniser) }
        var collector = UnitCollector(UnitAnalyser(tokeniser: tokeniser, rules: unitRules, encoder: unitEncoder))
        collector.visitPart(part)
        var analyser = collector.receiver
        return Batch(
            part: part, units: analyser.analysed, counts: analyser.counts, findings: analyser.findings.takeAll(),
            encoded: analyser.encoded, encodedEnds: analyser.encodedEnds)
    }

    /// Tokenises each unit as it is collected and runs the one-unit rules on it.
    private struct UnitAnalyser: TextUnitReceiver {
        let tokeniser: Tokeniser
        var rules: [any Rule]
        var counts = TextCounts()
        var findings = FindingSink()
        var analysed: [AnalysedUnit] = []
        let encoder: UnitEncoder?
        var encoded: [UInt8] = []
        var encodedEnds: [Int] = []

        init(tokeniser: Tokeniser, rules: [any Rule], encoder: UnitEncoder?) {
            self.tokeniser = tokeniser
            self.rules = rules
            self.encoder = encoder
        }

        mutating func receive(_ unit: TextUnit) {
            let bytes = Array(unit.text.utf8)
            let sentences = bytes.withUnsafeBufferPointer { buffer in
                let sentences = tokeniser.sentences(in: buffer)
                for sentence in sentences { counts.add(sentence, text: buffer) }
                return sentences
            }
            let unit = AnalysedUnit(index: analysed.count, unit: unit, sentences: sentences, bytes: bytes)
            for rule in rules.indices { rules[rule].check(unit, &findings) }
            if let encoder {
                encoder.encode(unit, into: &encoded)
                encodedEnds.append(encoded.count)
            }
            analysed.append(unit)
        }
    }

    /// Batch `number` once it is ready, or nil when there will be no such batch.
    private func take(_ number: Int) -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let batch = done.removeValue(forKey: number) { return batch }
            if finishedSubmitting && number >= submitted { return nil }
            condition.wait()
        }
    }

    /// Each job needs a tokeniser of its own: the syllable counter remembers words as it goes.
    private func borrowTokeniser() -> Tokeniser {
        condition.lock()
        defer { condition.unlock() }
        return spareTokenisers.popLast() ?? Tokeniser(abbreviations: abbreviations)
    }

    private func giveBack(_ tokeniser: Tokeniser) {
        condition.lock()
        spareTokenisers.append(tokeniser)
        condition.unlock()
    }
}
