// PlainlyModelTests
