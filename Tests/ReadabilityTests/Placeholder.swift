// ReadabilityTests
