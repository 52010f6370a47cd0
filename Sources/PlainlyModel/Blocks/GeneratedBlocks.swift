/// The first page: what the document is, when it was made and who made it.
public struct TitlePage: Hashable, Sendable {
    public var title: String
    public var subtitle: String?
    public var date: CalendarDate?
    /// Everyone named as an author or as a writer of a part ("Made together by …").
    public var makers: [String]
    /// While any part is a draft every format says so first (`Wording.draftBanner`).
    public var isDraft: Bool
    /// What the document is an easy read version of, when it says.
    public var easyReadOf: String?
    public var version: String?
    public var reviewDate: CalendarDate?
    public var location: SourceLocation

    public init(
        title: String, subtitle: String? = nil, date: CalendarDate? = nil, makers: [String] = [],
        isDraft: Bool = false, easyReadOf: String? = nil, version: String? = nil, reviewDate: CalendarDate? = nil,
        location: SourceLocation = .generated
    ) {
        self.title = title
        self.subtitle = subtitle
        self.date = date
        self.makers = makers
        self.isDraft = isDraft
        self.easyReadOf = easyReadOf
        self.version = version
        self.reviewDate = reviewDate
        self.location = location
    }

    /// The lines under the title and date, in order, in the same words in every format.
    public var details: [String] {
        var lines: [String] = []
        if !makers.isEmpty { lines.append(Wording.madeBy(makers)) }
        if let easyReadOf { lines.append(Wording.easyReadOf(easyReadOf)) }
        if let version { lines.append(Wording.version(version)) }
        if let reviewDate { lines.append(Wording.reviewDate(reviewDate)) }
        return lines
    }
}

/// "What is in this guide": the part titles and top-level headings, linked by anchor.
public struct Contents: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var title: String
        public var level: Int
        public var anchor: String

        public init(title: String, level: Int, anchor: String) {
            self.title = title
            self.level = level
            self.anchor = anchor
        }
    }

    /// "Contents", or "In this issue" for a newsletter.
    public var title: String
    public var entries: [Entry]
    public var location: SourceLocation

    public init(title: String, entries: [Entry], location: SourceLocation = .generated) {
        self.title = title
        self.entries = entries
        self.location = location
    }
}

/// "Hard words": each term with its plain explanation, sorted as a reader looks them up.
public struct Glossary: Hashable, Sendable {
    public var title: String
    public var entries: [GlossaryEntry]
    public var location: SourceLocation

    public init(title: String = Wording.hardWords, entries: [GlossaryEntry], location: SourceLocation = .generated) {
        self.title = title
        self.entries = entries
        self.location = location
    }
}

/// Who to ask, at the end of the document.
public struct ContactCard: Hashable, Sendable {
    public var title: String
    public var contact: Contact
    public var location: SourceLocation

    public init(title: String = Wording.whoToContact, contact: Contact, location: SourceLocation = .generated) {
        self.title = title
        self.contact = contact
        self.location = location
    }
}
