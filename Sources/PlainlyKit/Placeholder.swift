// PlainlyKit: filled in by its issue.
