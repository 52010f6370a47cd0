/// The one content model everything reads: metadata plus parts of blocks.
///
/// Heading levels are absolute across the document: level 1 is the document title (the title page),
/// level 2 a part title or a top-level section, and so on. Readers map the source's levels onto these.
public struct Document: Hashable, Sendable {
    public var metadata: Metadata
    public var parts: [Part]

    public init(metadata: Metadata, parts: [Part]) {
        self.metadata = metadata
        self.parts = parts
    }

    /// True while any part still waits for the group to agree its wording.
    public var hasDraftParts: Bool { parts.contains { $0.status == .draft } }

    /// Everyone who made the document, authors first, then each part's writers, each once, in order.
    public var makers: [String] {
        var seen = Set<String>()
        var names: [String] = []
        for name in metadata.authors + parts.flatMap(\.by) where seen.insert(name).inserted {
            names.append(name)
        }
        return names
    }
}
