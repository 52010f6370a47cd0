// PDFWriter: filled in by its issue.
