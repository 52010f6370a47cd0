// TextWriter: filled in by its issue.
