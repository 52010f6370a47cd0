import Foundation
import PlainlyModel
import PlainlySource
import PlainlyTestSupport
@testable import Readability
import Testing

/// The list a writer acts on (`ActionList`): what `plainly check` shows unless `--severity` is given.
@Suite struct ActionListTests {
    static func findings(_ paragraphs: [String], profile: Profile = .plain) -> [Finding] {
        Checker(profile).check(.paragraphs(paragraphs)).findings
    }

    static var boardPaper: URL {
        Fixtures.folder.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Content/board-paper/board-paper.md")
    }

    /// Issue 15: the board paper sample gives at most 25 findings by default, and hides no problem:
    /// every error and warning is listed itself, or its word is listed where it is first used, or its
    /// sentence is listed with the same rule.
    @Test func theBoardPaperSampleListsAtMost25AndHidesNoProblem() throws {
        let loaded = try SourceLoader(readsPictures: false).load(path: Self.boardPaper.path)
        let all = CheckService().check(loaded.document).findings
        let (listed, leftOut) = ActionList.make(all)
        #expect(listed.count <= 25, "\(listed.map(\.message))")
        #expect(!listed.contains { $0.severity == .note })
        #expect(leftOut.total == all.count)
        #expect(leftOut.notes == all.filter { $0.severity == .note }.count)
        #expect(listed.count + leftOut.notes + leftOut.combined == all.count)
        for finding in all where finding.severity > .note {
            let itself = listed.contains { $0 == finding }
            let itsSentence = finding.range != nil && listed.contains {
                $0.rule == finding.rule && $0.unitIndex == finding.unitIndex && $0.range == finding.range
            }
            let namedAgain = finding.rule == Jargon.id && listed.contains {
                $0.rule == Jargon.id && $0.message.range(of: "(line|lines) [0-9, and]*\\b\(finding.location.line)\\b", options: .regularExpression) != nil
            }
            let coveredByLongSentences = finding.rule == AverageSentenceLength.id && listed.contains { $0.rule == LongSentence.id }
            let covered = itself || itsSentence || namedAgain || coveredByLongSentences
            #expect(covered, "\(finding.location.line):\(finding.location.column) \(finding.message)")
        }
    }

    @Test func aRepeatedJargonWordIsListedOnceSayingWhereElse() {
        let all = Self.findings(["We will utilise the room.", "They utilise it too.", "Staff utilised it on Friday."])
        #expect(all.filter { $0.rule == Jargon.id }.count == 3, "every use is still a finding (JSON keeps them)")
        let (listed, leftOut) = ActionList.make(all)
        let jargon = listed.filter { $0.rule == Jargon.id }
        #expect(jargon.count == 1)
        #expect(jargon.first?.location.line == 1)
        #expect(jargon.first?.message == "'utilise' is official language. Try 'use'. It is used again on lines 3 and 5.")
        #expect(leftOut.combined == 2)
    }

    @Test func theOfficialWordsOfOneSentenceAreOneFinding() {
        let all = Self.findings(["We will utilise the room in order to facilitate the meeting."])
        let (listed, _) = ActionList.make(all)
        let jargon = listed.filter { $0.rule == Jargon.id }
        #expect(jargon.count == 1)
        #expect(jargon.first?.message
            == "Official language in this sentence: 'utilise' (try 'use'), 'in order to' (try 'to') and 'facilitate' (try 'help' or 'make easier').")
    }

    @Test func theAcronymsOfOneSentenceAreOneFinding() {
        let (listed, _) = ActionList.make(Self.findings(["The ICB and the VCSE forum will meet the CQC."]))
        let acronyms = listed.filter { $0.rule == Acronym.id }
        #expect(acronyms.count == 1)
        #expect(acronyms.first?.message == "'ICB', 'VCSE' and 'CQC' are not spelled out the first time they are used.")
        #expect(acronyms.first?.suggestion?.hasPrefix("Write each in full") == true)
    }

    @Test func notesAreCountedNotListed() {
        let all = Self.findings(["Your care plan will be reviewed every year by the team."])
        #expect(all.contains { $0.rule == PassiveVoice.id && $0.severity == .note })
        let (listed, leftOut) = ActionList.make(all)
        #expect(listed.isEmpty)
        #expect(leftOut.notes == all.count)
    }

    /// In easy read a passive verb is a warning, and listed.
    @Test func warningsOfEveryRuleAreListed() {
        let all = Self.findings(["Your plan will be reviewed."], profile: .easyRead)
        #expect(ActionList.make(all).findings.contains { $0.rule == PassiveVoice.id })
    }

    @Test func theAverageIsListedOnlyWithoutLongSentences() {
        let long = String(repeating: "We can go and see the sea and then come back home for tea. ", count: 3)
            .replacingOccurrences(of: ". We", with: " and we")
        let withLong = Self.findings([long, long, long])
        #expect(withLong.contains { $0.rule == AverageSentenceLength.id })
        #expect(!ActionList.make(withLong).findings.contains { $0.rule == AverageSentenceLength.id })
        let average = Finding(rule: AverageSentenceLength.id, severity: .warning, location: .generated, message: "m", why: "w")
        #expect(ActionList.make([average]).findings == [average])
    }

    @Test(arguments: [
        ([7], "line 7"), ([3, 9], "lines 3 and 9"), ([3, 3, 9], "lines 3 and 9"), ([1, 2, 3], "lines 1, 2 and 3"),
        ([1, 2, 3, 4, 5, 6, 7], "lines 1, 2, 3, 4, 5 and 2 more"),
    ])
    func repeatsNameTheirLines(lines: [Int], text: String) {
        #expect(ActionList.linesText(lines) == text)
    }

    /// The terminal report shows a sentence once, under the first finding about it.
    @Test func theTerminalReportShowsEachSentenceOnce() {
        let document = Document.paragraphs(["The ICB will utilise the room in order to facilitate the meeting of the board on Friday morning next week at the usual time and place."])
        let result = Checker(.plain).check(document)
        let output = TerminalReport().render(CheckReport(files: [FileReport(path: "a.txt", result: result)]))
        #expect(output.components(separatedBy: "The ICB will utilise").count - 1 == 1, "\(output)")
        #expect(result.findings.count >= 3)
    }

    @Test func theTerminalReportSaysWhatItLeftOut() {
        let document = Document.paragraphs(["Your care plan will be reviewed every year by the team.", "We will utilise it.", "They utilise it."])
        let result = Checker(.plain).check(document)
        let report = ActionList.apply(to: CheckReport(files: [FileReport(path: "a.txt", result: result)]))
        let output = TerminalReport().render(report)
        #expect(output.contains("0 errors, 2 warnings, 1 note."), "\(output)")
        #expect(report.count(of: .warning) == 2 && report.count(of: .note) == 1, "the counts are the text's, not the list's")
        #expect(output.contains("Listed below: 1 finding to act on, with a word's repeats and a sentence's words together. 1 note is not listed. --severity note lists every finding."), "\(output)")
    }
}
