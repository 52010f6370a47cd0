/// What front matter (or `guide.yaml`) says about the whole document.
public struct Metadata: Hashable, Sendable {
    public var title: String
    public var subtitle: String?
    public var kind: DocumentKind
    public var profile: Profile
    /// A BCP 47 tag; UK services write in British English unless they say otherwise.
    public var language: String
    public var date: CalendarDate?
    public var reviewDate: CalendarDate?
    public var version: String?
    /// The document this is an easy read version of (`easy-read-of:`), said on the title page.
    public var easyReadOf: String?
    public var authors: [String]
    public var contact: Contact?
    /// In the order the author wrote them; renderers sort for display where that helps.
    public var glossary: [GlossaryEntry]
    /// Issue, season and diary dates; used by newsletters, allowed anywhere.
    public var newsletter: NewsletterDetails
    /// The cover block of a board paper.
    public var paper: PaperDetails
    /// The large picture on the cover (`cover:`), with its description. A document with a cover or
    /// a logo gets a cover page: the picture, the title, "Easy read" or "Large print", the dates and
    /// the logo.
    public var cover: Picture?
    /// The organisation's logo (`logo:`), described by the organisation's name.
    public var logo: Picture?
    /// Where the metadata was written (the front matter or `guide.yaml`).
    public var location: SourceLocation

    public init(
        title: String, subtitle: String? = nil, kind: DocumentKind = .guide,
        profile: Profile = .easyRead, language: String = "en-GB", date: CalendarDate? = nil,
        reviewDate: CalendarDate? = nil, version: String? = nil, authors: [String] = [],
        contact: Contact? = nil, glossary: [GlossaryEntry] = [], newsletter: NewsletterDetails = .init(),
        paper: PaperDetails = .init(), cover: Picture? = nil, logo: Picture? = nil,
        location: SourceLocation = .generated
    ) {
        self.title = title
        self.subtitle = subtitle
        self.kind = kind
        self.profile = profile
        self.language = language
        self.date = date
        self.reviewDate = reviewDate
        self.version = version
        self.authors = authors
        self.contact = contact
        self.glossary = glossary
        self.newsletter = newsletter
        self.paper = paper
        self.cover = cover
        self.logo = logo
        self.location = location
    }

    /// The cover picture and the logo, in the order a reader meets them: what a walker visits
    /// before the parts.
    public var coverPictures: [Picture] { [cover, logo].compactMap { $0 } }
}
