// HTMLWriterTests
