/// Every word Plainly adds to a document, for every format, in one place: a PDF, a web page and an
/// email say the same thing in the same words, and the words can be changed (or translated)
/// together. Plain, short, and in the second person where it helps.
public enum Wording {
    // MARK: Drafts

    /// At the top of every format while any part is a draft: said first, so nobody takes a draft for
    /// the agreed version.
    public static let draftBannerLabel = "Draft – not yet agreed."
    public static let draftBanner = "Some parts of this document are still being written."
    /// At the foot of every PDF page of a draft.
    public static let draftFooter = "Draft – not yet agreed"
    /// Under a part's title while that part is a draft.
    public static let draftPartLabel = "Draft:"
    public static let draftPartNote = "the group has not agreed this part yet."

    // MARK: Title page

    /// "Made by Sam Jones." for one person, "Made together by Sam, Ali and Jo." for several.
    public static func madeBy(_ names: [String]) -> String { madeByLead(count: names.count) + list(names) + "." }

    /// The words before the names in `madeBy`, for formats that set the names apart.
    public static func madeByLead(count: Int) -> String { count == 1 ? "Made by " : "Made together by " }

    /// "Version: 2", "Version: Final v3".
    public static func version(_ version: String) -> String { "Version: \(version)" }

    /// When the document should next be checked: the month is enough for a reader.
    public static func reviewDate(_ date: CalendarDate) -> String { "Review date: \(date.monthAndYear)" }

    /// "This is an easy read version of …".
    public static func easyReadOf(_ original: String) -> String { "This is an easy read version of \(original)." }

    /// On a cover, what the document is made for, said plainly: "Easy read" or "Large print". Plain
    /// documents say nothing.
    public static func profileName(_ profile: Profile) -> String? {
        switch profile {
        case .easyRead: "Easy read"
        case .largePrint: "Large print"
        case .plain: nil
        }
    }

    /// Said when a document has no title at all, so the page and its tab still have a name.
    public static let untitled = "Untitled document"

    // MARK: Sections Plainly makes

    /// Said the way a reader would ask: "What is in this guide".
    public static func contentsTitle(for kind: DocumentKind) -> String {
        switch kind {
        case .guide: "What is in this guide"
        case .newsletter: "In this issue"
        case .paper: "What is in this paper"
        }
    }

    public static let hardWords = "Hard words"
    public static let whoToContact = "Who to contact"
    public static let aboutThisPaper = "About this paper"
    public static let datesForYourDiary = "Dates for your diary"

    /// "Written by Kwame Mensah and Ruth" under a part's title.
    public static func writtenBy(_ names: [String]) -> String { "Written by " + list(names) }

    /// "Issue 12" for a bare number; anything else as written.
    public static func issue(_ issue: String) -> String { issue.first?.isNumber == true ? "Issue \(issue)" : issue }

    // MARK: Labels

    public enum ContactLabel {
        public static let name = "Name"
        public static let phone = "Phone"
        public static let email = "Email"
        public static let address = "Address"
        public static let website = "Website"
    }

    public enum PaperLabel {
        public static let meeting = "Meeting"
        public static let date = "Date"
        public static let agendaItem = "Agenda item"
        public static let author = "Author"
        public static let purpose = "Purpose"
        public static let decisionNeeded = "Decision needed"
    }

    public enum DiaryLabel {
        public static let date = "Date"
        public static let time = "Time"
        public static let place = "Where"
        public static let what = "What"
    }

    // MARK: Pictures

    public static let pictureToAdd = "Picture to add"

    /// A picture slot: "Picture to add: two people at a desk".
    public static func slot(_ description: String) -> String {
        description.isEmpty ? pictureToAdd : "\(pictureToAdd): \(description)"
    }

    /// The credit the Mulberry Symbols' licence (CC BY-SA 4.0) asks for, at the end of every format
    /// of a document that uses at least one picture from the bank.
    public static let pictureCredit = "Pictures: Mulberry Symbols © Steve Lee, CC BY-SA 4.0"

    /// A picture in a format that cannot show it (plain text): "Picture: a bus".
    public static func picture(_ description: String) -> String { "Picture: \(description)" }

    // MARK: Braille

    /// On the braille title page, between transcriber's note indicators: made by a program, so a
    /// person who reads braille should check it before anyone relies on it.
    public static let transcribersNote =
        "This braille was produced automatically from the same text as the print version. "
        + "It should be proofread by a braille reader before it is sent out."

    // MARK: Listening (the audio and its narration script)

    /// The words the audio adds, and the directions its narration script gives a volunteer.
    public enum Listening {
        /// Said before a part's title, so a listener skipping tracks knows where they are.
        public static func part(_ number: Int, _ title: String) -> String { "Part \(number): \(title)" }
        /// Said before a list, so the items are heard as one list.
        public static func listOf(_ count: Int) -> String { "A list of \(count) things." }
        /// Before each item of a numbered list.
        public static func numberedItem(_ number: Int) -> String { "Number \(number)." }
        public static let endOfList = "End of list."
        /// Said at the very end, so the listener knows nothing more is coming.
        public static let endOfRecording = "This is the end of the recording."

        /// Script directions, in square brackets, never read aloud.
        public static let pause = "[pause]"
        public static let readSlowly = "[read slowly]"
        public static func scriptHeading(_ title: String) -> String {
            "[Narration script for \"\(title)\". Read every line that is not in square brackets; the words in brackets say how.]"
        }
        public static func track(_ number: Int, of count: Int, file: String) -> String {
            "[Track \(number) of \(count): \(file)]"
        }
    }

    // MARK: Finding the way

    public static let skipLink = "Skip to the main text"
    public static let tableName = "Table"

    /// In the PDF's footer.
    public static func page(_ page: Int, of total: Int) -> String { "Page \(page) of \(total)" }

    /// A contents entry's page number.
    public static func contentsPage(_ page: Int?) -> String { page.map { "page \($0)" } ?? "page ?" }

    /// "Amira", "Amira and Tom", "Amira, Tom and Jo".
    public static func list(_ names: [String]) -> String {
        switch names.count {
        case 0: ""
        case 1: names[0]
        default: names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
        }
    }
}
