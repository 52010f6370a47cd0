import Foundation
import PlainlyCLI
import PlainlyTestSupport
import Testing

/// `plainly pictures`, `bank:` pictures in every format, and the credit line they bring.
@Suite struct PicturesCommandTests {
    static let guideWithSlots = """
        ---
        title: Seeing your GP
        profile: easy-read
        ---
        ![Your GP]()
        You can see your GP about any health problem.

        ![]()
        You will get a letter with the date of your appointment.

        ![A doctor listening to someone's chest](bank:doctor_1a)
        The doctor will listen to your chest.
        """

    @Test func listsEverySlotWithSuggestionsBestFirstAndWhy() throws {
        let scratch = try Scratch()
        try scratch.write("gp.md", Self.guideWithSlots)
        let result = plainly("pictures", scratch.path("gp.md"))
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("gp.md:5: Your GP"))
        #expect(result.out.contains("  1. bank:doctor_1a – the description says 'gp'"))
        // A slot with no description is matched on its row's text.
        #expect(result.out.contains("gp.md:8: You will get a letter with the date of your appointment."))
        #expect(result.out.contains("2 of 2 slots have suggestions."))
        // A chosen bank picture is not a slot.
        #expect(!result.out.contains("gp.md:11"))
    }

    @Test func jsonGivesEachSlotsFileLineDescriptionAndOrderedSuggestions() throws {
        let scratch = try Scratch()
        try scratch.write("gp.md", Self.guideWithSlots)
        let result = plainly("pictures", scratch.path("gp.md"), "--format", "json", "--count", "2")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "plainly-pictures/1")
        let slots = try #require(json["slots"] as? [[String: Any]])
        #expect(slots.count == 2)
        #expect((slots[0]["file"] as? String)?.hasSuffix("gp.md") == true)
        #expect(slots[0]["line"] as? Int == 5)
        #expect(slots[0]["description"] as? String == "Your GP")
        #expect(slots[0]["kind"] as? String == "slot")
        let suggestions = try #require(slots[0]["suggestions"] as? [[String: Any]])
        #expect(suggestions.count == 2)
        #expect(suggestions.first?["symbol"] as? String == "doctor_1a")
        #expect((suggestions.first?["reason"] as? String)?.isEmpty == false)
        let appointment = try #require(slots[1]["suggestions"] as? [[String: Any]])
        #expect(appointment.contains { $0["symbol"] as? String == "calendar" })
    }

    @Test func anEasyReadParagraphWithoutAPictureGetsSuggestionsToo() throws {
        let scratch = try Scratch()
        let text = "---\ntitle: Money\nprofile: easy-read\n---\nWe pay you for your time.\n\n- A list item about the bus\n"
        try scratch.write("money.md", text)
        let result = plainly("pictures", scratch.path("money.md"), "--format", "json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let slots = try #require(json["slots"] as? [[String: Any]])
        #expect(slots.count == 1, "only the paragraph at the top of the part, not the list item")
        #expect(slots.first?["kind"] as? String == "row-without-picture")
        #expect(slots.first?["line"] as? Int == 5)
        #expect(slots.first?["rowText"] as? String == "We pay you for your time.")
        #expect((slots.first?["suggestions"] as? [[String: Any]])?.first?["symbol"] as? String == "money")
        #expect(plainly("pictures", scratch.path("money.md")).out.contains("money.md:5: no picture beside this text: We pay you"))

        // Only easy read puts a picture beside every point.
        try scratch.write("money.md", text.replacingOccurrences(of: "easy-read", with: "plain"))
        #expect(plainly("pictures", scratch.path("money.md")).out.contains("No picture slots are waiting"))
    }

    @Test func refusesACountOutsideItsLimit() throws {
        let scratch = try Scratch()
        try scratch.write("gp.md", Self.guideWithSlots)
        #expect(plainly("pictures", scratch.path("gp.md"), "--count", "0").code == 2)
        #expect(plainly("pictures", scratch.path("gp.md"), "--count", "21").code == 2)
        #expect(plainly("pictures", scratch.path("gp.md"), "--count", "20").code == 0)
    }

    @Test func anUnknownBankNameIsAWarningWithCloseNames() throws {
        let scratch = try Scratch()
        try scratch.write("gp.md", "---\ntitle: GP\n---\n![A doctor](bank:docter)\nSee your doctor.\n")
        let result = plainly("build", scratch.path("gp.md"), "--format", "txt", "--out", scratch.path("out"))
        #expect(result.code == 0)
        #expect(result.err.contains("gp.md:4:1: warning: The picture bank has no symbol called 'docter'"))
        #expect(result.err.contains("Did you mean 'bank:doctor_1a'"))
        let text = try scratch.read("out/gp.txt")
        #expect(text.contains("[Picture to add: A doctor]"))
        #expect(!text.contains("Mulberry"))
    }

    @Test func statusCountsSuggestionsAndABankPictureAsChosen() throws {
        let scratch = try Scratch()
        try scratch.write("gp.md", Self.guideWithSlots)
        let result = plainly("status", scratch.path("gp.md"), "--format", "json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let part = try #require((json["parts"] as? [[String: Any]])?.first)
        #expect(part["emptyPictureSlots"] as? Int == 2)
        #expect(part["slotsWithSuggestions"] as? Int == 2)
        #expect(part["bankPictures"] as? Int == 1)
        let text = plainly("status", scratch.path("gp.md")).out
        #expect(text.contains("2 of 2 pictures still to choose have suggestions from the picture bank"))
        #expect(text.contains("Suggested: bank:doctor_1a"))

        let final = plainly("build", scratch.path("gp.md"), "--final", "--format", "txt", "--out", scratch.path("out"))
        #expect(final.code == 1)
        #expect(final.err.contains("2 of 2 pictures still to choose have suggestions"))

        try scratch.write("gp.md", Self.guideWithSlots
            .replacingOccurrences(of: "![Your GP]()", with: "![Your GP](bank:doctor_1a)")
            .replacingOccurrences(of: "![]()", with: "![A calendar](bank:calendar)"))
        let chosen = plainly("build", scratch.path("gp.md"), "--final", "--format", "txt", "--out", scratch.path("out"))
        #expect(chosen.code == 0, "\(chosen.err)")
    }

    @Test func aBankPictureAndItsCreditAreInEveryFormat() throws {
        let scratch = try Scratch()
        try scratch.write("gp.md", Self.guideWithSlots)
        let result = plainly("build", scratch.path("gp.md"), "--out", scratch.path("out"))
        #expect(result.code == 0, "\(result.err)")
        let credit = "Pictures: Mulberry Symbols © Steve Lee, CC BY-SA 4.0"

        let text = try scratch.read("out/gp.txt")
        #expect(text.contains("[Picture: A doctor listening to someone's chest]"))
        #expect(text.contains(credit))

        let html = try scratch.read("out/html/index.html")
        #expect(html.contains(#"<img src="assets/pictures/bank-doctor_1a.svg" alt="A doctor listening to someone&#39;s chest">"#)
            || html.contains(#"src="assets/pictures/bank-doctor_1a.svg""#))
        // The page's words, without the spans that keep "BY-SA" on one line.
        #expect(html.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression).contains(credit))
        #expect(scratch.exists("out/html/assets/pictures/bank-doctor_1a.svg"))

        let word = try Self.run("/usr/bin/unzip", "-p", scratch.path("out/gp.docx"), "word/document.xml")
        #expect(word.contains(credit))
        let media = try Self.run("/usr/bin/unzip", "-l", scratch.path("out/gp.docx"))
        #expect(media.contains("word/media/image1.svg"))

        let pdf = try Self.run("/usr/bin/pdftotext", scratch.path("out/gp.pdf"), "-")
        #expect(pdf.replacingOccurrences(of: "\n", with: " ").contains(credit))
    }

    @Test func aDocumentWithoutBankPicturesHasNoCredit() throws {
        let scratch = try Scratch()
        try scratch.write("gp.md", "---\ntitle: GP\nprofile: easy-read\n---\n![Your GP]()\nSee your GP.\n")
        let result = plainly("build", scratch.path("gp.md"), "--out", scratch.path("out"))
        #expect(result.code == 0, "\(result.err)")
        #expect(!(try scratch.read("out/gp.txt")).contains("Mulberry"))
        #expect(!(try scratch.read("out/html/index.html")).contains("Mulberry"))
        #expect(!(try Self.run("/usr/bin/unzip", "-p", scratch.path("out/gp.docx"), "word/document.xml")).contains("Mulberry"))
        #expect(!(try Self.run("/usr/bin/pdftotext", scratch.path("out/gp.pdf"), "-")).contains("Mulberry"))
    }

    /// A tool's standard output (poppler's pdftotext, unzip: set up by scripts/setup).
    static func run(_ tool: String, _ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
