// PageLayoutTests
