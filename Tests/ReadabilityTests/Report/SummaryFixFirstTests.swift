import Testing
@testable import Readability

/// "Fix these first": the most severe findings, then those in the longest sentences, in text order.
@Suite struct SummaryFixFirstTests {
    static func finding(_ severity: Finding.Severity, _ excerpt: String, _ message: String) -> Finding {
        Finding(rule: "r", severity: severity, location: .generated, message: message, why: "w", excerpt: excerpt)
    }

    @Test func errorsComeBeforeWarningsAndLongSentencesBeforeShortOnes() {
        let long = String(repeating: "word ", count: 40)
        var findings = [
            Self.finding(.note, long + long, "a note in the longest sentence"),
            Self.finding(.warning, "Short one.", "short warning"),
            Self.finding(.warning, long, "long warning"),
        ]
        for index in 0..<SummaryReport.firstFixes { findings.append(Self.finding(.error, "Error \(index).", "error \(index)")) }
        findings.append(Self.finding(.error, long, "long error"))
        let first = SummaryReport.fixFirst(findings).map(\.message)
        #expect(first.count == SummaryReport.firstFixes)
        #expect(first.contains("long error"), "the longest error sentence is kept")
        #expect(!first.contains("long warning") && !first.contains("a note in the longest sentence"))
        #expect(first.last == "long error", "in the order they come in the text")
    }

    @Test func warningsFillWhatErrorsLeave() {
        let findings = [
            Self.finding(.warning, "A much longer sentence than the other.", "long warning"),
            Self.finding(.error, "E.", "error"),
            Self.finding(.warning, "Short.", "short warning"),
            Self.finding(.note, "A note in a very long sentence indeed, longer than all.", "note"),
        ]
        let first = SummaryReport.fixFirst(findings).map(\.message)
        #expect(Array(first.prefix(2)) == ["long warning", "error"])
        if SummaryReport.firstFixes >= 4 {
            #expect(first == ["long warning", "error", "short warning", "note"])
        }
    }

    @Test func noFindingsNoFixes() {
        #expect(SummaryReport.fixFirst([]).isEmpty)
    }
}
