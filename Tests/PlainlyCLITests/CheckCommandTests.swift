import Foundation
import PlainlyCLI
import Testing

@Suite struct CheckCommandTests {
    static let hardPaper = """
        The board is asked to note the contents of this report and to approve option 2, which would utilise the underspend from the current year in order to facilitate additional respite provision for carers across the county, going forward.

        We will tell carers about the decision. We will write to them in May. We will also ask them what they think of it.
        """

    static let plainNote = """
        We are changing the day of the carers' group. From May it will meet on Tuesdays, not Mondays. \
        It will still start at 10 and end at 12. Tea and cake are free. Bring a friend if you like. \
        Ask at reception if you need help to get there.
        """

    /// Only a board paper is told it lacks a plain-English summary: a paper by its headings, or by
    /// `--kind paper`; a blog post never, and the advice fits a text file (no Markdown).
    @Test(arguments: [
        ("Our day at the seaside\n\nWe went to the beach. It was sunny.\n", [String](), false),
        ("Purpose of this report\n\nThe board is asked to agree the plan.\n", [], true),
        ("Our day at the seaside\n\nWe went to the beach. It was sunny.\n", ["--kind", "paper"], true),
        ("Purpose of this report\n\nThe board is asked to agree the plan.\n", ["--kind", "general"], false),
    ])
    func onlyPapersAreAskedForASummary(text: String, options: [String], asked: Bool) throws {
        let scratch = try Scratch()
        try scratch.write("post.txt", text)
        let result = PlainlyMain.runCapturing(["check", "post.txt"] + options, workingDirectory: scratch.folder)
        #expect(result.out.contains("[paper-summary]") == asked, "\(result.out)")
        if asked {
            #expect(result.out.contains("Start the paper with a heading, 'Summary in plain English'"), "\(result.out)")
            #expect(!result.out.contains("**"), "no Markdown advice for a text file")
        }
    }

    /// What is shown can be chosen; the counts and scores stay the text's own.
    @Test func findingsCanBeChosenByRuleAndSeverity() throws {
        let scratch = try Scratch()
        try scratch.write("paper.txt", Self.hardPaper)
        func rules(_ options: String...) -> Set<String> {
            let out = PlainlyMain.runCapturing(["check", "paper.txt"] + options, workingDirectory: scratch.folder).out
            return Set(out.split(separator: "\n").compactMap { line in
                guard line.hasSuffix("]"), let open = line.lastIndex(of: "[") else { return nil }
                return String(line[line.index(after: open)..<line.index(before: line.endIndex)])
            })
        }
        let all = rules()
        #expect(all.isSuperset(of: ["long-sentence", "jargon"]), "\(all)")
        #expect(rules("--only", "jargon") == ["jargon"])
        #expect(rules("--ignore", "jargon,long-sentence") == all.subtracting(["jargon", "long-sentence"]))
        #expect(rules("--severity", "error") == ["long-sentence"])
        let wrong = PlainlyMain.runCapturing(["check", "paper.txt", "--only", "jargo"], workingDirectory: scratch.folder)
        #expect(wrong.code == 2 && wrong.err.contains("There is no rule 'jargo'. Did you mean 'jargon'?"), "\(wrong.err)")
    }

    @Test func theSummaryCountsByRuleAndListsTheFewToFixFirst() throws {
        let scratch = try Scratch()
        try scratch.write("paper.txt", Self.hardPaper)
        let result = PlainlyMain.runCapturing(["check", "paper.txt", "--summary"], workingDirectory: scratch.folder)
        #expect(result.code == 1)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.contains("  By rule:"))
        #expect(lines.contains("    long-sentence: 1 error"))
        #expect(lines.contains("  Fix these first:"))
        let fixes = lines.drop { $0 != "  Fix these first:" }.dropFirst().filter { $0.hasPrefix("    paper.txt:") }
        #expect((1...5).contains(fixes.count))
        #expect(fixes.first?.contains("error: This sentence has 39 words") == true, "\(lines)")
        #expect(lines.count <= 30, "fits on one screen")
    }

    /// A text in another language gets no reading age and no word advice, only that.
    @Test func aTextNotInEnglishGetsNoScoresAndNoWordAdvice() throws {
        let scratch = try Scratch()
        try scratch.write("cy.txt", String(repeating: "Rydym yn helpu pobl sydd angen cymorth arbenigol. Rydym yn cwrdd bob dydd Mawrth yn y ganolfan gymunedol. ", count: 6))
        let result = PlainlyMain.runCapturing(["check", "cy.txt"], workingDirectory: scratch.folder)
        #expect(result.out.contains("No reading age: the text does not look like English."), "\(result.out)")
        #expect(result.out.contains("[not-english]"))
        #expect(!result.out.contains("[hard-word]") && !result.out.contains("[long-sentence]"))
    }

    @Test func reportsFindingsInCompilerStyleAndFailsOnErrors() throws {
        let scratch = try Scratch()
        try scratch.write("paper.txt", Self.hardPaper)
        let result = PlainlyMain.runCapturing(["check", "paper.txt"], workingDirectory: scratch.folder)
        #expect(result.code == 1, "\(result.err)")
        #expect(result.out.contains("paper.txt:1:1: error: This sentence has 39 words. Try to keep sentences under 25. [long-sentence]"))
        // By default a sentence's official words are one finding; --severity lists each one.
        #expect(result.out.contains("paper.txt:1:93: warning: Official language in this sentence: 'utilise' (try 'use'), 'in order to' (try 'to')"))
        let every = PlainlyMain.runCapturing(["check", "paper.txt", "--severity", "note"], workingDirectory: scratch.folder)
        #expect(every.out.contains("paper.txt:1:93: warning: 'utilise' is official language. Try 'use'. [jargon]"))
        #expect(!every.out.contains("Listed below"))
        #expect(result.out.contains("Listed below: "), "\(result.out)")
        #expect(result.out.contains("Reading age about"))
        #expect(!result.out.contains("\u{1B}["), "no colour when not on a terminal")
    }

    @Test func projectSettingsAreUsedAndTheirErrorsExitTwo() throws {
        let scratch = try Scratch()
        try scratch.write("papers/paper.txt", Self.hardPaper)
        try scratch.write(".plainly.yaml", "ignore: [jargon]\n")
        let result = PlainlyMain.runCapturing(["check", "papers/paper.txt", "--severity", "note"], workingDirectory: scratch.folder)
        #expect(result.code == 1 && result.out.contains("[long-sentence]") && !result.out.contains("[jargon]"), "\(result.out)")
        try scratch.write(".plainly.yaml", "ignore: [jargn]\n")
        let bad = PlainlyMain.runCapturing(["check", "papers/paper.txt"], workingDirectory: scratch.folder)
        #expect(bad.code == 2)
        #expect(bad.err.hasPrefix(".plainly.yaml:1:10: error: There is no rule 'jargn'. Did you mean 'jargon'?"), "\(bad.err)")
        #expect(bad.out.isEmpty)
    }

    @Test func cleanTextExitsZeroUnlessWarningsFail() throws {
        let scratch = try Scratch()
        try scratch.write("note.txt", Self.plainNote)
        let clean = PlainlyMain.runCapturing(["check", "note.txt"], workingDirectory: scratch.folder)
        #expect(clean.code == 0, "\(clean.out)")
        #expect(clean.out.contains("Good: for the public, aim for 9 or under."), "\(clean.out)")
        let strict = PlainlyMain.runCapturing(["check", "note.txt", "--profile", "easy-read", "--fail-on", "warning"], workingDirectory: scratch.folder)
        #expect(strict.code == 1, "easy read finds rows without pictures: \(strict.out)")
        let graded = PlainlyMain.runCapturing(["check", "note.txt", "--max-grade", "0.5"], workingDirectory: scratch.folder)
        #expect(graded.code == 1)
    }

    @Test func jsonHasTheDocumentedSchemaAndTokens() throws {
        let scratch = try Scratch()
        try scratch.write("note.txt", Self.plainNote)
        let result = PlainlyMain.runCapturing(["check", "note.txt", "--format", "json", "--tokens"], workingDirectory: scratch.folder)
        #expect(result.code == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "plainly-check/1")
        let file = try #require((json["files"] as? [[String: Any]])?.first)
        let counts = try #require(file["counts"] as? [String: Int])
        #expect(counts["sentences"] == 6)
        #expect(counts["words"] == 49)
        let scores = try #require(file["scores"] as? [String: Any])
        #expect(scores["fleschKincaidGrade"] is Double)
        let sentences = try #require(file["sentences"] as? [[String: Any]])
        let firstWords = try #require(sentences.first?["words"] as? [[String: Any]])
        #expect(firstWords.count == 9)
        #expect(firstWords[4]["text"] as? String == "day" && firstWords[4]["syllables"] as? Int == 1)
    }

    @Test func folderGivesOneReportEachAndATotal() throws {
        let scratch = try Scratch()
        try scratch.write("papers/a.txt", Self.plainNote)
        try scratch.write("papers/b.html", "<html><body><h1>Carers</h1><p>\(Self.plainNote)</p></body></html>")
        try scratch.write("papers/ignored.pdf", "not checked")
        let result = PlainlyMain.runCapturing(["check", "papers"], workingDirectory: scratch.folder)
        #expect(result.code == 0, "\(result.out)\(result.err)")
        #expect(result.out.contains("papers/a.txt (plain)"))
        #expect(result.out.contains("papers/b.html (plain)"))
        #expect(result.out.contains("Total for 2 files"))
    }

    @Test func htmlReportIsWrittenToAFile() throws {
        let scratch = try Scratch()
        try scratch.write("paper.txt", Self.hardPaper)
        let result = PlainlyMain.runCapturing(["check", "paper.txt", "--format", "html", "--out", "report.html"], workingDirectory: scratch.folder)
        #expect(result.code == 1)
        let html = try scratch.read("report.html")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<html lang=\"en-GB\">"))
        #expect(html.contains("<mark class=\"very-hard\">"))
    }

    @Test func usageAndFileErrorsExitTwo() throws {
        let scratch = try Scratch()
        try scratch.write("paper.txt", Self.plainNote)
        let missing = PlainlyMain.runCapturing(["check", "nowhere.txt"], workingDirectory: scratch.folder)
        #expect(missing.code == 2)
        #expect(missing.err.contains("nowhere.txt: error: no such file or folder"))
        #expect(PlainlyMain.runCapturing(["check", "paper.txt", "--tokens"], workingDirectory: scratch.folder).code == 2)
        #expect(PlainlyMain.runCapturing(["check", "paper.txt", "--profile", "comic"], workingDirectory: scratch.folder).code == 2)
        #expect(PlainlyMain.runCapturing(["check", "paper.txt", "--fail-on", "sometimes"], workingDirectory: scratch.folder).code == 2)
        try scratch.write("broken.docx", "this is not a zip archive")
        let broken = PlainlyMain.runCapturing(["check", "broken.docx"], workingDirectory: scratch.folder)
        #expect(broken.code == 2)
        #expect(broken.err.hasPrefix("broken.docx: error: not a Word document"))
    }

    @Test func checksThePlainlySampleSources() throws {
        let result = plainly("check", contentFolder.appendingPathComponent("board-paper").path, "--format", "json")
        #expect(result.code == 1, "the sample board paper is meant to be hard: \(result.err)")
        #expect(result.out.contains("\"rule\" : \"jargon\""))
    }
}

@Suite struct CheckInputTests {
    @Test func textThatIsNotUTF8IsRefused() throws {
        let scratch = try Scratch()
        try Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x70, 0x65, 0x6E, 0x2E]).write(to: scratch.folder.appendingPathComponent("latin1.txt"))
        let result = PlainlyMain.runCapturing(["check", "latin1.txt"], workingDirectory: scratch.folder)
        #expect(result.code == 2)
        // Named with the line and column of the first bad byte, so the writer can find it.
        #expect(result.err.contains("latin1.txt:1:4: error: the text is not UTF-8"))
        try Data(Array("A fine line.\n\nAnother.\nNow caf".utf8) + [0xE9] + Array(" here.\n".utf8))
            .write(to: scratch.folder.appendingPathComponent("later.txt"))
        #expect(PlainlyMain.runCapturing(["check", "later.txt"], workingDirectory: scratch.folder).err
            .contains("later.txt:4:8: error: the text is not UTF-8"))
        try Data([0xEF, 0xBB, 0xBF] + Array("Café open.".utf8)).write(to: scratch.folder.appendingPathComponent("bom.txt"))
        #expect(PlainlyMain.runCapturing(["check", "bom.txt"], workingDirectory: scratch.folder).code == 0)
    }

    /// One file in a folder that is not UTF-8 made `check` exit 2 with nothing on stdout: now every
    /// other file is reported, the bad one with its error, and the exit code is 2 at the end.
    @Test func folderWithOneUnreadableFileReportsTheRest() throws {
        let scratch = try Scratch()
        try scratch.write("papers/a.txt", "Carers can get help with costs. Ask us about it.")
        try Data([0x43, 0x61, 0x66, 0xE9, 0x2E]).write(to: scratch.folder.appendingPathComponent("papers/b.txt"))
        try scratch.write("papers/c.txt", "We reply within 10 days.")
        for format in ["text", "json", "html"] {
            let result = PlainlyMain.runCapturing(["check", "papers", "--format", format], workingDirectory: scratch.folder)
            #expect(result.code == 2, "\(format): \(result.err)")
            #expect(result.out.contains("papers/a.txt") && result.out.contains("papers/c.txt"), "\(format)")
            #expect(result.out.contains("papers/b.txt:1:4: error: the text is not UTF-8"), "\(format)")
        }
    }

    /// Every report is written as it is made, to the screen or to `--out`, and ends as it did when it
    /// was made whole: a file holds what the screen shows (the terminal report without the empty line
    /// that ends it), ending in one newline; a report through a pipe ends in a newline too.
    @Test(arguments: [["--format", "json"], ["--format", "json", "--tokens"], ["--format", "html"], ["--summary"], []])
    func reportsWrittenToAFileAreWhatTheScreenShows(options: [String]) throws {
        let scratch = try Scratch()
        try scratch.write("paper.txt", CheckCommandTests.hardPaper)
        try scratch.write("note.txt", CheckCommandTests.plainNote)
        let shown = PlainlyMain.runCapturing(["check", "paper.txt", "note.txt"] + options, workingDirectory: scratch.folder)
        let saved = PlainlyMain.runCapturing(["check", "paper.txt", "note.txt", "--out", "report.out"] + options, workingDirectory: scratch.folder)
        #expect(shown.code == 1 && saved.code == 1)
        #expect(saved.out.isEmpty)
        let file = try String(contentsOf: scratch.folder.appendingPathComponent("report.out"), encoding: .utf8)
        #expect(file.hasSuffix("\n") && !file.hasSuffix("\n\n"))
        #expect(shown.out.hasSuffix("\n"))
        if options.isEmpty {
            #expect(file + "\n" == shown.out)
        } else {
            #expect(file == shown.out)
        }
        if options.first == "--format" && options.contains("json") {
            #expect(try JSONSerialization.jsonObject(with: Data(file.utf8)) is [String: Any])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.folder.path).sorted() == ["note.txt", "paper.txt", "report.out"])
    }

    /// A report that cannot be written says why, leaves nothing behind and exits 2.
    @Test func aReportThatCannotBeWrittenSaysWhy() throws {
        let scratch = try Scratch()
        try scratch.write("paper.txt", CheckCommandTests.hardPaper)
        let result = PlainlyMain.runCapturing(["check", "paper.txt", "--format", "json", "--out", "missing/report.json"], workingDirectory: scratch.folder)
        #expect(result.code == 2)
        #expect(result.err.contains("missing/report.json: error: cannot write: the folder it goes in does not exist"), "\(result.err)")
    }
}

