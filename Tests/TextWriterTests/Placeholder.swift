// TextWriterTests
