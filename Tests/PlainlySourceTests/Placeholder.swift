// PlainlySourceTests
