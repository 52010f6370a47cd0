// PlainlyCLITests
