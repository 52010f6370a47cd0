import Dispatch
import Foundation
import PlainlyModel

/// Splits a document into units and tokenises them, in batches, handing the batches on in reading
/// order. Tokenising (words, sentences, syllables) is most of the work of a check and each unit's is
/// independent, so for a long text it runs on worker threads, together with the rules that look at
/// one unit at a time; the rules that remember what they have seen run in order on a thread of their
/// own.
///
/// At most `inFlight` batches exist at once, so a long text never piles up in memory.
final class AnalysisPipeline: @unchecked Sendable {
    /// Units tokenised together: enough to make a hand-over cheap, few enough to start quickly.
    static let batchSize = 256
    static let inFlight = 4

    /// What one batch carries: the part its units start (rules look at each part first), the units
    /// with their sentences, the counts of those sentences, and what the one-unit rules found.
    struct Batch: Sendable {
        var startsPart: Part?
        var units: [AnalysedUnit]
        var counts: TextCounts
        var findings: [Finding]
    }

    private let abbreviations: Abbreviations
    /// Rules with `checksUnitsIndependently`; each batch checks with copies of its own.
    private let unitRules: [any Rule]
    private let usesWorkers: Bool
    private let receive: @Sendable (Batch) -> Void
    private let slots = DispatchSemaphore(value: AnalysisPipeline.inFlight)
    // Guarded by `condition`.
    private let condition = NSCondition()
    private var done: [Int: Batch] = [:]
    private var submitted = 0
    private var finishedSubmitting = false
    private var spareTokenisers: [Tokeniser] = []

    /// `receive` is called with each batch in order: on the calling thread without workers, on a
    /// thread of the pipeline's own with them.
    init(
        abbreviations: Abbreviations, unitRules: [any Rule], usesWorkers: Bool,
        receive: @escaping @Sendable (Batch) -> Void
    ) {
        self.abbreviations = abbreviations
        self.unitRules = unitRules
        self.usesWorkers = usesWorkers
        self.receive = receive
    }

    /// Reads `parts` on this thread and returns when every batch has been received.
    func run(_ parts: some Sequence<Part>) {
        let consumerDone = DispatchSemaphore(value: 0)
        if usesWorkers {
            let consumer = Thread { [self] in
                var next = 0
                while let batch = take(next) {
                    receive(batch)
                    slots.signal()
                    next += 1
                }
                consumerDone.signal()
            }
            consumer.start()
        }
        var unitIndex = 0
        for part in parts {
            var startsPart: Part? = part
            var pending: [(index: Int, unit: TextUnit)] = []
            var collector = UnitCollector { unit in
                pending.append((unitIndex, unit))
                unitIndex += 1
                if pending.count == Self.batchSize {
                    self.submit(pending, startsPart: startsPart)
                    startsPart = nil
                    pending.removeAll(keepingCapacity: true)
                }
            }
            collector.visitPart(part)
            // A part without text still starts: rules about structure look at every part.
            if !pending.isEmpty || startsPart != nil { submit(pending, startsPart: startsPart) }
        }
        guard usesWorkers else { return }
        condition.lock()
        finishedSubmitting = true
        condition.broadcast()
        condition.unlock()
        consumerDone.wait()
    }

    private func submit(_ units: [(index: Int, unit: TextUnit)], startsPart: Part?) {
        guard usesWorkers else {
            receive(analyse(units, startsPart: startsPart))
            return
        }
        slots.wait()
        condition.lock()
        let number = submitted
        submitted += 1
        condition.unlock()
        DispatchQueue.global().async { [self] in
            let batch = analyse(units, startsPart: startsPart)
            condition.lock()
            done[number] = batch
            condition.broadcast()
            condition.unlock()
        }
    }

    private func analyse(_ units: [(index: Int, unit: TextUnit)], startsPart: Part?) -> Batch {
        let tokeniser = borrowTokeniser()
        defer { giveBack(tokeniser) }
        var counts = TextCounts()
        var rules = unitRules
        var findings = FindingSink()
        let analysed = units.map { index, unit in
            let bytes = Array(unit.text.utf8)
            let sentences = bytes.withUnsafeBufferPointer { buffer in
                let sentences = tokeniser.sentences(in: buffer)
                for sentence in sentences { counts.add(sentence, text: buffer) }
                return sentences
            }
            let analysed = AnalysedUnit(index: index, unit: unit, sentences: sentences, bytes: bytes)
            for rule in rules.indices { rules[rule].check(analysed, &findings) }
            return analysed
        }
        return Batch(startsPart: startsPart, units: analysed, counts: counts, findings: findings.takeAll())
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

    /// Each worker needs a tokeniser of its own: the syllable counter remembers words as it goes.
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
