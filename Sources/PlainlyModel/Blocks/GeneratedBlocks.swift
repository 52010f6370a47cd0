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
    /// The large cover picture (`cover:`), shown below the title.
    public var cover: Picture?
    /// The organisation's logo (`logo:`), shown last, at the foot of the cover.
    public var logo: Picture?
    /// "Easy read" or "Large print" (`Wording.profileName`), said under the title on a cover; nil
    /// without a cover, so a title page without one stays as it was.
    public var profileName: String?
    public var location: SourceLocation

    public init(
        title: String, subtitle: String? = nil, date: CalendarDate? = nil, makers: [String] = [],
        isDraft: Bool = false, easyReadOf: String? = nil, version: String? = nil, reviewDate: CalendarDate? = nil,
        cover: Picture? = nil, logo: Picture? = nil, profileName: String? = nil,
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
        self.cover = cover
        self.logo = logo
        self.profileName = profileName
        self.location = location
    }

    /// A cover page: a picture, a logo or both. Every format then says, in this order: the title,
    /// the subtitle, the profile's name, the cover picture, the date, `detailsBeforeLogo` (the review
    /// date), the logo, then `detailsAfterLogo` (who made it and the version), which print puts on
    /// the inside of the cover, so the cover keeps its room for a large picture.
    public var isCover: Bool { cover != nil || logo != nil }

    /// The lines under the title and date, in order, in the same words in every format.
    public var details: [String] { imprint + reviewDateLine }

    /// The detail lines said with the date: all of them without a cover, only the review date on one.
    public var detailsBeforeLogo: [String] { isCover ? reviewDateLine : details }

    /// On a cover, the detail lines said after the logo: who made it, what it is an easy read version
    /// of, and the version. None without a cover.
    public var detailsAfterLogo: [String] { isCover ? imprint : [] }

    private var imprint: [String] {
        var lines: [String] = []
        if !makers.isEmpty { lines.append(Wording.madeBy(makers)) }
        if let easyReadOf { lines.append(Wording.easyReadOf(easyReadOf)) }
        if let version { lines.append(Wording.version(version)) }
        return lines
    }

    private var reviewDateLine: [String] { reviewDate.map { [Wording.reviewDate($0)] } ?? [] }
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
