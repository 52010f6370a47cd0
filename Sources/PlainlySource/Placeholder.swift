// PlainlySource: filled in by its issue.
