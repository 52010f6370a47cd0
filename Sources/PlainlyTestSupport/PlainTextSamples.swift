/// Plain texts as people paste or save them, each with a different use of line breaks. The reader's
/// tests and the importer's (which must see the same structure) read them, kept once so they agree.
public enum PlainTextSamples {
    /// An email as a mail program sends it: wrapped at 72 columns, paragraphs between blank lines,
    /// a heading with its paragraph straight after it, and a wrapped bullet.
    public static let wrappedEmail = """
        Dear members,

        Thank you to everyone who came to the carers' forum last week. We talked
        about the money the council has set aside for short breaks next year and
        about how carers can ask for it without filling in the long form again.
        Next steps
        The board will decide in May which of the two options to choose. We will
        write to every carer on our list as soon as we know what was decided.

        - Help with the cost of travel to the day centre and back, paid from the
          carers fund.
        - Help with a short break.

        Best wishes,
        Sam
        """

    /// Text copied from a web page: one paragraph a line, no blank lines, a title, subtitle and
    /// heading, and lines of every length.
    public static let webText = """
        Help for carers
        What you can get and how to ask
        Money for short breaks
        Carers can get help with the cost of a short break. The council pays for up to two weeks a year, and you can ask for more if the person you care for needs it.
        Ask us.
        How to ask
        Fill in the short form on our website or call us on 0800 123 456. We will call you back within ten working days to talk about what you need.
        """

    /// A title, a subtitle and a heading over short paragraphs, as a leaflet saved as text: the
    /// title, subtitle and heading must not run into one long sentence.
    public static let titleSubtitleHeading = """
        Carers' Week 2026
        Events across Leeds for carers and families
        What is on
        Coffee mornings at every library, every day from 10am.
        A walk in Roundhay Park on Saturday.
        """

    /// Lists with every marker people type or paste, numbered and not, between paragraphs.
    public static let lists = """
        Bring these with you:
        • Your letter from the council
        • A bank statement
        - Your NHS number
        * A friend, if you like
        What happens next
        1. We read your form.
        2. We call you.
        1) You choose a date.
        2) We send you a letter.
        """

    /// Everything at once: a heading underlined, paragraphs one a line, a bullet list, a numbered
    /// list and a heading with `#`.
    public static let mixed = """
        Money for carers
        ================
        Carers can get help with costs. Ask us about it.
        We will explain what you can get.
        - Help with travel
        - Help with a break

        # How to ask
        1. Fill in the form.
        2. Send it to us.
        Thank you
        """
}
