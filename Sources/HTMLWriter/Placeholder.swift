// HTMLWriter: filled in by its issue.
