/// Running text inside a block. Easy read forbids italic and underline in body text, so emphasis is
/// kept (the checker reports it) but renderers draw it plainly or as bold.
public enum Inline: Hashable, Sendable {
    case text(Text)
    case strong(Strong)
    case emphasis(Emphasis)
    case link(Link)
    case lineBreak(LineBreak)

    public var location: SourceLocation {
        switch self {
        case .text(let node): node.location
        case .strong(let node): node.location
        case .emphasis(let node): node.location
        case .link(let node): node.location
        case .lineBreak(let node): node.location
        }
    }

    /// The text a reader hears, with line breaks as spaces.
    public var plainText: String {
        switch self {
        case .text(let node): node.string
        case .strong(let node): node.children.plainText
        case .emphasis(let node): node.children.plainText
        case .link(let node): node.children.plainText
        case .lineBreak: " "
        }
    }

    // Short constructors, so tests and generated content read like the text they build.
    public static func text(_ string: String, at location: SourceLocation = .generated) -> Inline {
        .text(Text(string, location: location))
    }

    public static func strong(_ children: [Inline], at location: SourceLocation = .generated) -> Inline {
        .strong(Strong(children, location: location))
    }

    public static func emphasis(_ children: [Inline], at location: SourceLocation = .generated) -> Inline {
        .emphasis(Emphasis(children, location: location))
    }

    public static func link(
        _ destination: String, _ children: [Inline], at location: SourceLocation = .generated
    ) -> Inline {
        .link(Link(destination: destination, children: children, location: location))
    }
}

public struct Text: Hashable, Sendable {
    public var string: String
    public var location: SourceLocation

    public init(_ string: String, location: SourceLocation = .generated) {
        self.string = string
        self.location = location
    }
}

public struct Strong: Hashable, Sendable {
    public var children: [Inline]
    public var location: SourceLocation

    public init(_ children: [Inline], location: SourceLocation = .generated) {
        self.children = children
        self.location = location
    }
}

public struct Emphasis: Hashable, Sendable {
    public var children: [Inline]
    public var location: SourceLocation

    public init(_ children: [Inline], location: SourceLocation = .generated) {
        self.children = children
        self.location = location
    }
}

public struct Link: Hashable, Sendable {
    /// As written by the author; writers decide which schemes are safe to emit.
    public var destination: String
    public var children: [Inline]
    public var location: SourceLocation

    public init(destination: String, children: [Inline], location: SourceLocation = .generated) {
        self.destination = destination
        self.children = children
        self.location = location
    }
}

/// A hard line break inside a block (two spaces or a backslash at the end of a source line).
public struct LineBreak: Hashable, Sendable {
    public var location: SourceLocation

    public init(location: SourceLocation = .generated) {
        self.location = location
    }
}

extension Array where Element == Inline {
    public var plainText: String {
        // Most runs of text are one plain piece: its string as it is, with no array or copy made.
        if count == 1 { return self[0].plainText }
        return map(\.plainText).joined()
    }

    /// A paragraph that introduces what follows it ("The boards:") ends with a colon; every paged
    /// format keeps it with the list, table or text after it.
    public var introducesWhatFollows: Bool {
        plainText.last { !$0.isWhitespace } == ":"
    }
}

extension Link {
    /// What a reader can type or tap where the link cannot be followed (text, braille, speech): a
    /// web or e-mail address or a phone number; nil for a link to the document's own pages, which
    /// means nothing off the page.
    public var readableAddress: String? {
        let lower = destination.lowercased()
        if lower.hasPrefix("mailto:") { return String(destination.dropFirst("mailto:".count)) }
        if lower.hasPrefix("tel:") { return String(destination.dropFirst("tel:".count)) }
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return destination }
        return nil
    }
}
