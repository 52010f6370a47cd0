import Foundation
import PlainlyCLI
import Testing

@Suite struct BuildCommandTests {
    @Test func buildsTheSampleGuideAsTextInManifestOrder() throws {
        let scratch = try Scratch()
        let result = plainly("build", contentFolder.appendingPathComponent("expert-by-experience").path,
                             "--format", "txt", "--out", scratch.path("out"))
        #expect(result.code == 0, "\(result.err)")
        #expect(result.err.isEmpty, "the sample guide should build without findings: \(result.err)")
        let text = try scratch.read("out/expert-by-experience.txt")
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(line.count <= 72, "line over 72 columns: \(line)")
        }
        let titles = ["What is an Expert by Experience?", "What you could do", "Money", "Training and support",
                      "You said, we did"]
        let positions = titles.map { title in text.range(of: "\n\(title)\n=")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "every part title should appear as a heading")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted(), "parts in manifest order")
        #expect(text.contains("[Picture to add: Two people talking across a desk at a job interview]"))
        #expect(!text.contains("]()"), "no raw slot syntax leaks into the text")
    }

    @Test func brailleIsMadeWhenAskedForBesideItsPreview() throws {
        let scratch = try Scratch()
        let guide = contentFolder.appendingPathComponent("expert-by-experience").path
        let result = plainly("build", guide, "--format", "brf", "--out", scratch.path("out"))
        #expect(result.code == 0, "\(result.err)")
        #expect(result.err.isEmpty, "every character of the sample guide has braille: \(result.err)")
        #expect(result.out.contains("expert-by-experience.brf") && result.out.contains("expert-by-experience-braille.txt"))
        let brf = try Data(contentsOf: scratch.folder.appendingPathComponent("out/expert-by-experience.brf"))
        #expect(brf.contains(0x0C) && brf.allSatisfy { (0x20...0x5F).contains($0) || [0x0D, 0x0A, 0x0C].contains($0) })
        #expect(try scratch.read("out/expert-by-experience-braille.txt").hasPrefix("⠀"))
        // A later build of the default formats keeps the braille beside them.
        #expect(plainly("build", guide, "--format", "txt", "--out", scratch.path("out")).code == 0)
        #expect(scratch.listing().contains("out/expert-by-experience.brf"))
    }

    @Test func aCharacterWithNoBrailleIsAWarningAtItsLine() throws {
        let scratch = try Scratch()
        try scratch.write("doc.md", "---\ntitle: Tea\n---\n\nWe drink 茶 together.\n")
        let result = plainly("build", scratch.path("doc.md"), "--format", "brf", "--out", scratch.path("out"))
        #expect(result.code == 0, "\(result.err)")
        #expect(result.err.contains("doc.md:5:1: warning: ‘茶’ (U+8336) has no braille in Unified English Braille, so the braille leaves it out. [no-braille]"), "\(result.err)")
        #expect(scratch.listing().contains("out/doc.brf"))
    }

    /// Every format shows a slot for a picture it cannot use; the build says why once, in one wording.
    @Test(arguments: [
        ("empty.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"9\" height=\"9\"><?x?></svg>", "has nothing in it"),
        ("latin1.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"9\" height=\"9\"><t\u{E9}/></svg>", "not UTF-8"),
    ])
    func aPictureNoFormatCanUseIsReportedOnce(name: String, svg: String, reason: String) throws {
        let scratch = try Scratch()
        var bytes = Data(svg.utf8)
        if name == "latin1.svg", let e = bytes.firstRange(of: Data("\u{E9}".utf8)) { bytes.replaceSubrange(e, with: [0xE9]) }
        try FileManager.default.createDirectory(at: scratch.folder.appendingPathComponent("doc"), withIntermediateDirectories: true)
        try bytes.write(to: scratch.folder.appendingPathComponent("doc/\(name)"))
        try scratch.write("doc/doc.md", "---\ntitle: Pictures\n---\n\n# Hello\n\n![A cat](\(name))\n")
        let result = plainly("build", scratch.path("doc/doc.md"), "--out", scratch.path("out"))
        #expect(result.code == 0, "\(result.err)")
        let warnings = result.err.split(separator: "\n").filter { $0.contains(name) }
        #expect(warnings.count == 1, "\(result.err)")
        #expect(warnings.first?.contains("doc.md:7:1: warning: The picture '\(name)' cannot be used") == true)
        #expect(warnings.first?.contains(reason) == true)
        #expect(warnings.first?.hasSuffix("a picture slot is shown instead. [unsupported-picture]") == true)
    }

    @Test func badYAMLReportsFileLineAndColumnAndWritesNothing() throws {
        let scratch = try Scratch()
        try scratch.write("guide/guide.yaml", "title: Broken\nparts:\n  - one.md\n  bad: [\n")
        try scratch.write("guide/one.md", "Hello.\n")
        let result = plainly("build", scratch.path("guide"), "--format", "txt", "--out", scratch.path("out"))
        #expect(result.code == 1)
        let firstLine = result.err.split(separator: "\n").first.map(String.init) ?? ""
        #expect(firstLine.hasPrefix(scratch.path("guide") + "/guide.yaml:"), "\(result.err)")
        #expect(firstLine.contains(": error: "), "\(result.err)")
        #expect(firstLine.hasSuffix("[bad-yaml]"))
        #expect(!scratch.exists("out"), "a refused build writes nothing")
        #expect(try scratch.read("guide/guide.yaml") == "title: Broken\nparts:\n  - one.md\n  bad: [\n", "sources are never changed")
    }

    @Test func relativePathsInMessagesAreAsTheUserTypedThem() throws {
        let scratch = try Scratch()
        try scratch.write("doc.md", "---\ntitle: A\nkind: leaflet\n---\nText.\n")
        let result = PlainlyMain.runCapturing(["build", "doc.md", "--format", "txt"], workingDirectory: scratch.folder)
        #expect(result.code == 1)
        #expect(result.err.hasPrefix("doc.md:3:7: error: 'kind' must be one of"), "\(result.err)")
        #expect(!scratch.exists("out"))
    }

    @Test func warningsAreShownButTheBuildSucceeds() throws {
        let scratch = try Scratch()
        try scratch.write("doc.md", "---\ntitle: A\ncolour: blue\n---\nText <span>here</span>.\n")
        let result = plainly("build", scratch.path("doc.md"), "--format", "txt", "--out", scratch.path("out"))
        #expect(result.code == 0)
        #expect(result.err.contains("doc.md:3:1: warning: Unknown key 'colour'; it is ignored. [unknown-key]"))
        #expect(result.err.contains("[raw-html]"))
        #expect(try scratch.read("out/doc.txt").contains("Text here."))
    }

    @Test func rebuildingReplacesOutputAndLeavesNoStagingBehind() throws {
        let scratch = try Scratch()
        try scratch.write("doc.md", "# First title\n\nText.\n")
        _ = plainly("build", scratch.path("doc.md"), "--format", "txt", "--out", scratch.path("out"))
        try scratch.write("doc.md", "# Second title\n\nText.\n")
        let result = plainly("build", scratch.path("doc.md"), "--format", "txt", "--out", scratch.path("out"))
        #expect(result.code == 0)
        #expect(try scratch.read("out/doc.txt").hasPrefix("Second title\n"))
        #expect(scratch.listing() == ["doc.md", "out/doc.txt"])
    }

    @Test func widthAndNoPicturesShapeTheText() throws {
        let scratch = try Scratch()
        try scratch.write("doc.md", "# T\n\n![a cat]() A cat sat on the mat and looked out of the window.\n")
        let result = plainly("build", scratch.path("doc.md"), "--format", "txt", "--width", "24", "--no-pictures",
                             "--out", scratch.path("out"))
        #expect(result.code == 0)
        let text = try scratch.read("out/doc.txt")
        #expect(!text.contains("Picture"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 24 })
    }

    @Test func audioIsMadeWhenAskedIntoItsOwnFolderAndNotByDefault() throws {
        let scratch = try Scratch()
        try scratch.write("doc.md", "---\ntitle: Tea\n---\n\nWe meet at 2pm.\n")
        let asked = plainly("build", scratch.path("doc.md"), "--format", "audio", "--out", scratch.path("out"))
        #expect(asked.code == 0, "\(asked.err)")
        #expect(scratch.listing() == ["doc.md", "out/audio/01-tea.mp3", "out/audio/doc-script.txt", "out/audio/doc.m3u"])
        #expect(try scratch.read("out/audio/doc-script.txt").contains("We meet at two p m."))
        let byDefault = plainly("build", scratch.path("doc.md"), "--out", scratch.path("again"))
        #expect(byDefault.code == 0, "\(byDefault.err)")
        #expect(!scratch.listing().contains { $0.hasPrefix("again/audio") })
    }

    @Test(arguments: [
        ["build"],
        ["build", "x.md", "--format", "docx"],
        ["build", "x.md", "--profile", "tiny-print"],
        ["build", "x.md", "--width", "5"],
        ["build", "x.md", "--braille-cells", "5"],
        ["build", "x.md", "--braille-lines", "1000"],
        ["build", "x.md", "--format", "audio", "--speech-rate", "400"],
        ["frobnicate"],
    ])
    func usageErrorsExitWithTwo(arguments: [String]) {
        let result = PlainlyMain.runCapturing(arguments)
        #expect(result.code == 2, "\(arguments): \(result.err)")
        #expect(!result.err.isEmpty)
    }

    @Test func missingSourceIsAFileSystemFailure() {
        let result = plainly("build", "/no/such/guide.md", "--format", "txt")
        #expect(result.code == 2)
        #expect(result.err == "/no/such/guide.md: error: no such file or folder\n")
    }

    @Test func versionAndHelpExitZero() {
        #expect(plainly("--version").out == "0.1.0\n")
        for command in [["--help"], ["build", "--help"], ["new", "--help"]] {
            let result = PlainlyMain.runCapturing(command)
            #expect(result.code == 0)
            #expect(result.out.contains("USAGE:"))
        }
    }
}
