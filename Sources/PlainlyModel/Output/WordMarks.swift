/// How a Word file Plainly made says, in the file itself, what Plainly generated and what each block
/// is, so that `plainly import` of it gives back the source instead of Plainly's own additions: the
/// one vocabulary the Word writer writes and the importer reads.
///
/// - Styles with names a Word user can read ("Plainly Easy Read Row", "Plainly Written By"), beside
///   Word's own (Title, Heading 1–3, List Bullet, TOC 1, Caption), say what each paragraph and table is.
/// - Content controls (`w:sdt`) tagged `plainly:…` hold what Plainly made from the metadata (contents,
///   hard words, contact card, diary, a paper's cover block), and on the title page the values Word
///   shows in other words (the review date, a newsletter's issue and season, each writer's name).
/// - A part's title is a Heading 1 whose bookmark starts with `partBookmarkPrefix`.
/// - Document variables (`w:docVar`) say the document's kind and profile.
public enum WordMarks {
    public struct Style: Hashable, Sendable {
        /// Word's style id: the name without spaces, as Word itself would make it.
        public let id: String
        public let name: String

        init(_ name: String) {
            self.name = name
            id = name.filter { $0 != " " }
        }
    }

    // Paragraph styles.
    public static let titlePage = Style("Plainly Title Page")
    public static let draftNote = Style("Plainly Draft Note")
    public static let writtenBy = Style("Plainly Written By")
    public static let calloutTitle = Style("Plainly Callout Title")
    public static let hardWord = Style("Plainly Hard Word")
    public static let hardWordMeaning = Style("Plainly Hard Word Meaning")
    public static let contactLine = Style("Plainly Contact")
    public static let tableText = Style("Plainly Table Text")
    public static let easyReadLine = Style("Plainly Easy Read Line")
    public static let picture = Style("Plainly Picture")
    public static let pictureSlot = Style("Plainly Picture Slot")
    public static let pictureCredit = Style("Plainly Picture Credit")
    /// A cover page's "Easy read" or "Large print", its picture and the organisation's logo.
    public static let profileName = Style("Plainly Profile Name")
    public static let coverPicture = Style("Plainly Cover Picture")
    public static let logo = Style("Plainly Logo")

    // Table styles.
    public static let table = Style("Plainly Table")
    public static let easyReadRow = Style("Plainly Easy Read Row")
    public static let pictureSlotBox = Style("Plainly Picture Slot Box")
    public static let contactCard = Style("Plainly Contact Card")
    public static func callout(_ kind: Callout.Kind) -> Style { Style("Plainly Callout \(kind.defaultTitle)") }

    // Character styles: both drawn bold (easy read forbids italic), told apart so emphasis stays emphasis.
    public static let strong = Style("Strong")
    public static let emphasis = Style("Emphasis")

    /// Content controls' tags.
    public enum Tag: String, CaseIterable, Sendable {
        case paperCover = "plainly:paper-cover"
        case contents = "plainly:contents"
        case diary = "plainly:diary"
        case hardWords = "plainly:hard-words"
        case contact = "plainly:contact"
        case subtitle = "plainly:subtitle"
        case issue = "plainly:issue"
        case season = "plainly:season"
        case reviewDate = "plainly:review-date"
        case writer = "plainly:writer"
    }

    /// A part title's bookmark starts with this; other headings' with `headingBookmarkPrefix`.
    public static let partBookmarkPrefix = "part_"
    public static let headingBookmarkPrefix = "p_"

    /// Document variables: the kind, the profile, and whether a newsletter's articles start new pages.
    public static let kindVariable = "PlainlyKind"
    public static let profileVariable = "PlainlyProfile"
    public static let articleBreakVariable = "PlainlyArticleBreak"
}
