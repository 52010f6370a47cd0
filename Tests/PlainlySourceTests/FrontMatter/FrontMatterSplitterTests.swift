import Testing

@testable import PlainlySource

@Suite struct FrontMatterSplitterTests {
    /// The split as first written: every line split apart and joined again. The splitter now reads
    /// only up to the closing fence; it must agree with this on every input.
    static func splitByLines(_ text: String) -> FrontMatterSplit {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func isFence(_ line: Substring, opening: Bool) -> Bool {
            var trimmed = line
            while let last = trimmed.last, last == " " || last == "\t" || last == "\r" { trimmed.removeLast() }
            return trimmed == "---" || (!opening && trimmed == "...")
        }
        guard let first = lines.first, isFence(first, opening: true) else {
            return FrontMatterSplit(yaml: nil, yamlLineOffset: 0, body: text, bodyLineOffset: 0)
        }
        for index in 1..<lines.count where isFence(lines[index], opening: false) {
            return FrontMatterSplit(
                yaml: lines[1..<index].joined(separator: "\n"), yamlLineOffset: 1,
                body: lines[(index + 1)...].joined(separator: "\n"), bodyLineOffset: index + 1)
        }
        return FrontMatterSplit(yaml: nil, yamlLineOffset: 0, body: text, bodyLineOffset: 0, unclosedAtLine: 1)
    }

    @Test(arguments: [
        "", "\n", "---", "---\n", "---\n---", "---\n---\n", "---\n\n---\n", "---\ntitle: A\n---\nBody.\n",
        "---\ntitle: A\n---", "---\ntitle: A\n...\nBody", "--- \t\ntitle: A\n---  \n\n# Heading\n\nText.\n",
        "---\ntitle: A\nno end\n\nBody\n", "Body first\n---\ntitle: A\n---\n", "\n---\ntitle: A\n---\n",
        "---\na: 1\n---\n---\nb: 2\n---\n", "---\r\ntitle: A\r\n---\r\nBody\r\n", "...\ntitle: A\n---\n",
        "---\ntitle: Café ☕\nsubtitle: e\u{301}\n---\nÉ body ✓\n",
    ])
    func readsOnlyToTheClosingFenceAndAgreesWithASplitByLines(text: String) {
        #expect(FrontMatterSplitter.split(text) == Self.splitByLines(text))
    }

    @Test func aLongBodyIsOneCopy() {
        let body = String(repeating: "A line of the body.\n", count: 50_000)
        let split = FrontMatterSplitter.split("---\ntitle: Long\n---\n" + body)
        #expect(split.yaml == "title: Long")
        #expect(split.body == body)
        #expect(split.bodyLineOffset == 3)
    }
}
