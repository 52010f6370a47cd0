/// A picture, or a slot where the group still has to choose one.
///
/// It cannot exist without words: either a description that says what it shows (the alt text, or
/// for a slot, what picture is wanted), or an explicit mark that it is decorative.
public struct Picture: Hashable, Sendable {
    public enum Source: Hashable, Sendable {
        /// A file, as written in the source (`pictures/meeting.svg`), relative to `baseFile`'s folder,
        /// and its path relative to the document's base folder (`parts/pictures/meeting.svg`).
        case file(written: String, path: String)
        /// A symbol from the picture bank Plainly ships, written `bank:doctor_1a` (the symbol's file
        /// name without `.svg`). Its credit is added wherever one is used (`DocumentAssembly.pictureCredit`).
        case bank(name: String)
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

    /// Where the picture's file is kept in `SourcePictures`: the path relative to the document's
    /// base folder, or `bank:<name>` for a bank symbol; nil for a slot.
    public var path: String? {
        switch source {
        case .file(_, let path): path
        case .bank(let name): Self.bankPrefix + name
        case .slot: nil
        }
    }

    /// The path of a file in the source's folder, or nil for a bank symbol or a slot: what must
    /// stay inside the source, and what an output may never replace.
    public var filePath: String? {
        if case .file(_, let path) = source { return path }
        return nil
    }

    /// What a source writes before a bank symbol's name.
    public static let bankPrefix = "bank:"

    public var isFromBank: Bool {
        if case .bank = source { return true }
        return false
    }
}
