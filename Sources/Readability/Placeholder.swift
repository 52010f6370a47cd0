// Readability: filled in by its issue.
