// PDFWriterTests
