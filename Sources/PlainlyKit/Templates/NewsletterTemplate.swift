/// A newsletter with two short articles by different people.
enum NewsletterTemplate {
    static let template = StarterTemplate(
        files: [
            ("guide.yaml", manifest),
            ("articles/01-welcome.md", welcome),
            ("articles/02-news.md", news),
        ],
        source: ".")

    static let manifest = """
        # A newsletter is a set of short articles. Lines starting with # are notes for you.
        title: Our newsletter
        subtitle: Issue 1, Spring 2026
        kind: newsletter
        profile: large-print
        date: {{today}}
        authors:
          - Write the editor's name here
        contact:
          name: Newsletter team
          email: news@example.org
        # The articles, in the order they are read. Each person can write their own file.
        parts:
          - articles/01-welcome.md
          - articles/02-news.md

        """

    static let welcome = """
        ---
        title: Welcome
        by: Write your name here
        status: draft
        ---
        Welcome to the first issue of our newsletter.
        Tell readers what is inside, in a sentence or two.

        """

    static let news = """
        ---
        title: News from the group
        by: Write your name here
        status: draft
        ---
        Write your news here. Keep sentences short: 15 to 20 words is plenty.

        """
}
