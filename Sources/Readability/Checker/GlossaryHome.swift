import PlainlyModel

/// Where a guide's "Hard words" list is written (`glossary:` in `guide.yaml`, or in a single file's
/// front matter), so a hard word can be offered as an entry with the exact lines to add.
public struct GlossaryHome: Sendable, Equatable {
    /// The file, as the document names it (`guide.yaml`, `my-guide.md`).
    public var file: String
    /// The file has a `glossary:` already, so only the entry's line is added.
    public var hasGlossary: Bool

    public init(file: String, hasGlossary: Bool) {
        self.file = file
        self.hasGlossary = hasGlossary
    }

    /// A guide written as a Plainly source has one; a paper, a newsletter or a text read from a
    /// Word, web or text file does not.
    public init?(_ metadata: Metadata) {
        let file = metadata.location.file
        guard metadata.kind == .guide, !metadata.location.isGenerated,
            file.hasSuffix(".md") || file.hasSuffix(".yaml") || file.hasSuffix(".yml")
        else { return nil }
        self.init(file: file, hasGlossary: !metadata.glossary.isEmpty)
    }

    /// What the writer replaces with the word's meaning.
    public static let explanation = "what it means, in everyday words"

    /// The entry's line, indented as under `glossary:`.
    public static func entry(_ word: String) -> String { "  \(word.lowercased()): \(explanation)" }

    /// Where the lines go, in words: "in guide.yaml, under 'glossary:'".
    public var place: String {
        if hasGlossary { return "in \(file), under 'glossary:'" }
        return file.hasSuffix(".md") ? "in the front matter of \(file), before its closing ---" : "at the end of \(file)"
    }

    /// The lines to add for `words`: their entries, after `glossary:` when the file has none yet.
    public func lines(for words: [String]) -> [String] {
        (hasGlossary ? [] : ["glossary:"]) + words.map(Self.entry)
    }

    /// A hard word's suggestion, in one line.
    public func suggestion(for word: String) -> String {
        let quoted = lines(for: [word]).map { "\"\($0)\"" }
        let what = quoted.count == 1 ? "the line \(quoted[0])" : "the lines \(quoted.joined(separator: " and "))"
        return "Use an everyday word, or add it to the guide's hard words: \(place), add \(what) and write its meaning after the colon."
    }
}
