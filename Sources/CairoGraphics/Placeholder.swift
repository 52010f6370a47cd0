// CairoGraphics: filled in by its issue.
