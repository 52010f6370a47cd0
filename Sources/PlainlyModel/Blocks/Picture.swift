/// A picture, or a slot where the group still has to choose one.
///
/// It cannot exist without words: either a description that says what it shows (the alt text, or
/// for a slot, what picture is wanted), or an explicit mark that it is decorative.
public struct Picture: Hashable, Sendable {
    public enum Source: Hashable, Sendable {
        /// A file, as written in the source (`pictures/meeting.svg`), relative to `baseFile`'s folder,
        /// and its path relative to the document's base folder (`parts/pictures/meeting.svg`).
        case file(written: String, path: String)
        /// Still to be chosen: shown as a visible dashed box.
        case slot
    }

    public enum Words: Hashable, Sendable {
        case description(String)
        /// Adds nothing a reader needs: hidden from screen readers.
        case decorative
    }

    public var source: Source
    public var words: Words
    public var location: SourceLocation

    public init(source: Source, words: Words, location: SourceLocation = .generated) {
        self.source = source
        self.words = words
        self.location = location
    }

    public var isSlot: Bool { source == .slot }

    public var isDecorative: Bool { words == .decorative }

    /// The description, or "" for a decorative picture.
    public var description: String {
        if case .description(let text) = words { return text }
        return ""
    }

    /// The path relative to the document's base folder, or nil for a slot.
    public var path: String? {
        if case .file(_, let path) = source { return path }
        return nil
    }
}
