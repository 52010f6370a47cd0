// PageLayout: filled in by its issue.
