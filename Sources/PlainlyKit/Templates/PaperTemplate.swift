/// A board paper in one file, with the plain-English summary first.
enum PaperTemplate {
    static let template = StarterTemplate(files: [("paper.md", paper)], source: "paper.md")

    static let paper = """
        ---
        # A board paper in plain English. Lines starting with # are notes for you.
        title: Write the paper's title here
        kind: paper
        profile: plain
        date: {{today}}
        authors:
          - Write your name and job title here
        ---
        <!-- Start with a short summary in plain English: what this is about and what the
             board is asked to decide. Run `plainly check` on this file to see what is hard to read. -->

        > **Summary in plain English**
        > Say in two or three short sentences what this paper is about.
        > Say what you are asking the board to decide.

        ## Background

        Explain why this matters to the people who use our services.

        ## Recommendations

        1. Write each thing you ask the board to agree as a numbered point.
        2. Keep each one to a single sentence.

        """
}
