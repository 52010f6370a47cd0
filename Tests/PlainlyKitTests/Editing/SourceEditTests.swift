import Foundation
import PlainlyKit
import PlainlyModel
import Testing

/// The group screen's two edits change one line each, and refuse when the file has moved on.
@Suite struct SourceEditTests {
    let part = """
        ---
        title: What you could do
        status: draft
        ---
        ![A calendar](pictures/calendar.svg)
        Come to our meetings.

        ![Two people at a desk]()
        Help to choose new staff.
        """

    @Test func choosingFillsTheSlotOnItsLineOnly() throws {
        let changed = try SourceEdit.choosePicture(in: part, line: 8, description: "Two people at a desk", symbol: "desk")
        #expect(changed == part.replacingOccurrences(of: "![Two people at a desk]()", with: "![Two people at a desk](bank:desk)"))
    }

    @Test(arguments: [7, 9, 0, 100])
    func aSlotThatIsNotOnTheLineIsRefused(line: Int) {
        #expect(throws: SourceEdit.Refusal.slotChanged(line: line)) {
            try SourceEdit.choosePicture(in: part, line: line, description: "Two people at a desk", symbol: "desk")
        }
    }

    @Test func aSlotWhoseWordsChangedIsRefused() {
        #expect(throws: SourceEdit.Refusal.slotChanged(line: 8)) {
            try SourceEdit.choosePicture(in: part, line: 8, description: "Two people", symbol: "desk")
        }
    }

    @Test func agreeingChangesTheStatusLineAndKeepsTheDateAndWho() throws {
        let date = try #require(CalendarDate(year: 2026, month: 11, day: 25))
        let changed = try SourceEdit.agree(in: part, on: date, by: "  Maya,\nDev\u{0007} ")
        #expect(changed == part.replacingOccurrences(
            of: "status: draft", with: "status: agreed  # agreed on 2026-11-25 with Maya, Dev"))
        let nobody = try SourceEdit.agree(in: part, on: date, by: "   ")
        #expect(nobody.contains("status: agreed  # agreed on 2026-11-25\n"))
    }

    @Test(arguments: ["status: \"draft\"", "status:   draft   # not yet", "status: 'draft'"])
    func draftWrittenAnyWayIsFound(line: String) throws {
        let text = part.replacingOccurrences(of: "status: draft", with: line)
        let date = try #require(CalendarDate(year: 2026, month: 1, day: 2))
        #expect(try SourceEdit.agree(in: text, on: date, by: nil).contains("status: agreed  # agreed on 2026-01-02"))
    }

    @Test(arguments: [
        "---\ntitle: A\nstatus: agreed\n---\nHi.\n",
        "---\ntitle: A\n---\nstatus: draft\n",
        "Hi.\nstatus: draft\n",
    ])
    func onlyADraftInFrontMatterCanBeAgreed(text: String) throws {
        let date = try #require(CalendarDate(year: 2026, month: 1, day: 2))
        #expect(throws: SourceEdit.Refusal.notADraft) { try SourceEdit.agree(in: text, on: date, by: nil) }
    }

    @Test func attendanceIsOneLineOfBoundedLength() {
        let long = String(repeating: "Name ", count: 200)
        #expect(SourceEdit.tidy(long)?.count == SourceEdit.longestAttendance)
        #expect(SourceEdit.tidy("a\r\nb") == "a b")
        #expect(SourceEdit.tidy(nil) == nil)
    }

    @Test func replacingAFileKeepsItsPermissionsAndLeavesNoTemporaryFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plainly-replace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("part.md")
        try Data("old\n".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        try SourceFileReplacer.replace(file, with: Data("new\n".utf8))
        #expect(try String(contentsOf: file, encoding: .utf8) == "new\n")
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["part.md"])
    }

    @Test func aFolderThatCannotBeWrittenIsAClearFailure() {
        let missing = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/part.md")
        #expect(throws: SourceFileReplacer.Failure.self) { try SourceFileReplacer.replace(missing, with: Data()) }
    }
}
