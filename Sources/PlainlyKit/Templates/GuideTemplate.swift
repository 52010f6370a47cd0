/// A two-part easy-read guide, written by two people, with pictures (one its own file, two from the
/// picture bank), a table and a callout; its notes say how to leave a picture slot. It gives the
/// checker nothing to warn about (`StarterCheckTests`).
enum GuideTemplate {
    static let template = StarterTemplate(
        files: [
            ("guide.yaml", guideYAML),
            ("parts/01-about-this-guide.md", aboutPart),
            ("parts/02-how-it-works.md", howPart),
            ("parts/pictures/talking.svg", Pictograms.talking),
        ],
        source: ".")

    static let guideYAML = """
        # This file describes the whole guide. Lines starting with # are notes for you;
        # they do not appear in the guide.
        title: Your guide to our group
        subtitle: What we do and how to join in
        kind: guide              # guide, newsletter or paper
        profile: easy-read       # easy-read, large-print or plain
        language: en-GB
        date: {{today}}         # written as year-month-day
        authors:
          - Write your names here
        # Who people can ask. Fill in what you have; leave out the rest.
        contact:
          name: Our group
          phone: 01632 960 000
          email: group@example.org
        # Hard words and what they mean. They are listed at the end as "Hard words".
        glossary:
          co-production: When people who use services and staff plan things together as equals.
        # The parts of the guide, in the order they are read. Each part is its own file,
        # so different people can write different parts.
        parts:
          - parts/01-about-this-guide.md
          - parts/02-how-it-works.md

        """

    static let aboutPart = """
        ---
        title: About this guide
        by: Write your name here
        status: draft            # change to agreed when the group agrees the wording
        ---
        <!-- Notes like this one are for the people writing the guide. Readers never see them. -->

        <!-- A paragraph that starts with a picture puts the picture on the left and the
             text on the right. Put each sentence on a new line. -->
        ![Two people talking](pictures/talking.svg)
        This guide tells you about our group.
        It tells you how you can join in.

        <!-- A picture from Plainly's picture bank needs no file: write bank: and its name.
             Empty brackets instead, like ![A calendar with a date circled](), mean the picture
             is still to be chosen: the guide shows a box saying what picture is wanted, and
             plainly pictures suggests some from the bank. -->
        ![A calendar](bank:calendar)
        We meet on the first Monday of every month.

        """

    static let howPart = """
        ---
        title: How it works
        by: Write your name here
        status: draft
        ---
        ## What happens at a meeting

        <!-- In easy read every point has a picture beside it, so the steps of a meeting
             are lines beside one picture rather than a list. (For a list, start each line
             with a dash and a space.) -->
        ![Two people saying hello](bank:hello)
        We say hello.
        We talk about what is going well.
        We agree what to do next.

        <!-- A box that stands out: start the lines with > and give it a title in bold. -->
        > **Important**
        > You can bring someone to support you.

        <!-- A table: the line above it, starting with "Table:", is its name. -->
        Table: You said, we did

        | You said | We did |
        | --- | --- |
        | Meetings were too early | We start at 2pm now |

        """
}
