import Foundation
import PlainlyModel
import PlainlySource
import Testing

/// Input nested thousands deep gives one error at the line where it goes too deep, quickly, and
/// nothing below that depth reaches the model; YAML aliases are refused before anything expands.
@Suite struct NestingLimitTests {
    let base = URL(fileURLWithPath: "/nonexistent-base")

    private func read(_ markdown: String) -> (reading: SourceReading, seconds: Double) {
        let clock = ContinuousClock()
        var reading: SourceReading?
        let elapsed = clock.measure {
            reading = SourceReader().read(markdown: markdown, file: "doc.md", baseDirectory: base)
        }
        return (reading!, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// How deep blocks sit in the model: what every later stage would recurse through.
    private static func depth(_ blocks: [Block]) -> Int {
        blocks.map { block in
            switch block {
            case .callout(let callout): 1 + depth(callout.blocks)
            case .list(let list): 1 + (list.items.map { depth($0.blocks) }.max() ?? 0)
            default: 0
            }
        }.max() ?? 0
    }

    static let deepMarkdown: [(name: String, text: String, line: Int)] = [
        ("block quotes 10,000 deep", String(repeating: "> ", count: 10_000) + "deep\n", 1),
        ("bullets 10,000 deep", String(repeating: "- ", count: 10_000) + "deep\n", 1),
        ("quoted bullets 5,000 deep", String(repeating: "> - ", count: 5_000) + "deep\n", 1),
        ("block quotes a million deep on one line", String(repeating: "> ", count: 1_000_000) + "deep\n", 1),
        ("numbered lists 10,000 deep", String(repeating: "1. ", count: 10_000) + "deep\n", 1),
        ("an indented list 3,000 deep",
         (0..<3_000).map { String(repeating: "  ", count: $0) + "- item\n" }.joined(), 33),
    ]

    @Test(arguments: deepMarkdown)
    func deepMarkdownIsOneErrorAtTheLineAndFinishesFast(name: String, text: String, line: Int) {
        let (reading, seconds) = read("# Deep\n\n" + text)
        let errors = reading.diagnostics.filter { $0.id == "nested-too-deep" }
        #expect(errors.count == 1, "\(name)")
        #expect(errors.first?.severity == .error)
        #expect(errors.first?.location?.line == line + 2, "\(name)")
        #expect(errors.first?.message.contains("nested more than 32 deep") == true)
        #expect(Self.depth(reading.document.parts[0].blocks) <= SourceLimits.maximumBlockNesting, "\(name)")
        #expect(seconds < 10, "\(name) took \(seconds) s")
    }

    @Test func emphasisNestedThousandsDeepIsAnError() {
        let text = String(repeating: "*a ", count: 5_000) + "b" + String(repeating: " c*", count: 5_000) + "\n"
        let (reading, seconds) = read("# Deep\n\n" + text)
        let error = reading.diagnostics.first { $0.id == "nested-too-deep" }
        #expect(error?.location?.line == 3)
        #expect(error?.message.contains("Emphasis") == true)
        #expect(seconds < 10)
    }

    @Test func aLongRuleIsNotNesting() {
        let (reading, _) = read("# Rule\n\nAbove.\n\n" + String(repeating: "- ", count: 200) + "\n\nBelow.\n")
        #expect(!reading.diagnostics.contains { $0.id == "nested-too-deep" })
        #expect(reading.document.parts[0].blocks.count == 2)
    }

    @Test func nestingUpToTheLimitIsKept() {
        let limit = SourceLimits.maximumBlockNesting
        let (kept, _) = read("# Deep\n\n" + String(repeating: "> ", count: limit) + "deep\n")
        #expect(!kept.diagnostics.contains { $0.id == "nested-too-deep" })
        #expect(Self.depth(kept.document.parts[0].blocks) == limit)
        let (refused, _) = read("# Deep\n\n" + String(repeating: "> ", count: limit + 1) + "deep\n")
        #expect(refused.diagnostics.contains { $0.id == "nested-too-deep" })
        #expect(Self.depth(refused.document.parts[0].blocks) == limit)
    }

    // MARK: YAML

    static let billionLaughs = """
        ---
        title: Laughs
        a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
        f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
        g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
        h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
        i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
        ---

        Text.
        """

    @Test func aYAMLAliasBombIsAnErrorAtTheFirstAlias() {
        let (reading, seconds) = read(Self.billionLaughs)
        let error = reading.diagnostics.first { $0.id == "bad-yaml" }
        #expect(error?.location == SourceLocation(file: "doc.md", line: 4, column: 8))
        #expect(error?.message.contains("aliases") == true)
        #expect(seconds < 5)
    }

    @Test func aYAMLAliasBombInGuideYAMLIsAnError() throws {
        let root = try TemporaryFolder()
        let yaml = Self.billionLaughs.split(separator: "\n").dropFirst().prefix(10).joined(separator: "\n")
        try root.write("guide.yaml", yaml + "\nparts:\n  - a.md\n")
        try root.write("a.md", "# A\n\nText.\n")
        let reading = try SourceReader().read(at: root.url)
        let error = reading.diagnostics.first { $0.id == "bad-yaml" }
        #expect(error?.location == SourceLocation(file: "guide.yaml", line: 3, column: 8))
    }

    static let deepYAML: [(name: String, yaml: String)] = [
        ("flow lists 5,000 deep", "title: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)),
        ("flow maps 3,000 deep", "title: " + String(repeating: "{a: ", count: 3_000) + "b" + String(repeating: "}", count: 3_000)),
        ("unclosed flow lists 5,000 deep", "title: " + String(repeating: "[", count: 5_000)),
        ("block maps 3,000 deep", (0..<3_000).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n")),
        ("block lists 3,000 deep", String(repeating: "- ", count: 3_000) + "x"),
    ]

    @Test(arguments: deepYAML)
    func deepYAMLIsAnErrorAtTheLine(name: String, yaml: String) {
        let (reading, seconds) = read("---\n\(yaml)\n---\n\nText.\n")
        let error = reading.diagnostics.first { $0.id == "bad-yaml" }
        #expect(error?.severity == .error, "\(name)")
        #expect(error?.message.contains("nested more than 64 deep") == true, "\(name): \(error?.message ?? "no error")")
        #expect((error?.location?.line ?? 0) >= 2, "\(name)")
        #expect(seconds < 5, "\(name) took \(seconds) s")
    }

    @Test func yamlWithTooManyValuesIsAnErrorAtTheFirstOneTooMany() {
        let limit = SourceLimits.maximumYAMLValues
        // The document's set of keys, `title`, its text and `notes` are four values; the list is one more.
        let fits = "title: Many\nnotes: [" + String(repeating: "a,", count: limit - 6) + "a]"
        let (kept, _) = read("---\n\(fits)\n---\n\nText.\n")
        #expect(!kept.diagnostics.contains { $0.id == "bad-yaml" })
        let tooMany = "title: Many\nnotes: [" + String(repeating: "a,", count: limit - 5) + "a]"
        let (refused, seconds) = read("---\n\(tooMany)\n---\n\nText.\n")
        let error = refused.diagnostics.first { $0.id == "bad-yaml" }
        #expect(error?.message.contains("more than 100000 values") == true)
        #expect(error?.location == SourceLocation(file: "doc.md", line: 3, column: 9 + 2 * (limit - 5)))
        #expect(seconds < 10)
    }

    @Test func inlineNestingUpToTheLimitIsKept() {
        let limit = SourceLimits.maximumInlineNesting
        func nested(_ depth: Int) -> String {
            String(repeating: "*a ", count: depth) + "b" + String(repeating: " c*", count: depth) + "\n"
        }
        let (kept, _) = read("# Deep\n\n" + nested(limit))
        #expect(!kept.diagnostics.contains { $0.id == "nested-too-deep" })
        let (refused, _) = read("# Deep\n\n" + nested(limit + 1))
        #expect(refused.diagnostics.contains { $0.id == "nested-too-deep" && $0.location?.line == 3 })
    }

    @Test func yamlNestedUpToTheLimitIsRead() {
        let limit = SourceLimits.maximumYAMLNesting
        // The document's own set of keys is one level; the rest are lists inside `notes:`.
        let yaml = "title: Fine\nnotes: " + String(repeating: "[", count: limit - 1) + String(repeating: "]", count: limit - 1)
        let (reading, _) = read("---\n\(yaml)\n---\n\nText.\n")
        #expect(!reading.diagnostics.contains { $0.id == "bad-yaml" })
        let tooDeep = "title: Fine\nnotes: " + String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        let (refused, _) = read("---\n\(tooDeep)\n---\n\nText.\n")
        #expect(refused.diagnostics.contains { $0.id == "bad-yaml" })
    }
}
