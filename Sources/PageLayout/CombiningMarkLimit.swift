/// Cuts runs of combining marks (accents, vowel signs, joiners) to a length any writing system
/// stays within, counting across the pieces of one paragraph.
///
/// A letter with all its marks is shaped as one cluster, and HarfBuzz shapes a cluster in time that
/// grows with the square of its length: "e" followed by 64,000 acute accents took 13 s to draw.
/// Drawn, such marks only pile up in one ink blot, so the ones past the limit are left out (and
/// reported by the line breaker).
struct CombiningMarkLimit {
    /// Unicode's Stream-Safe Text Format (UAX #15) allows at most 30 combining marks in a row, and
    /// no language needs more; the deepest real stacks (Tibetan, Vietnamese) use a handful.
    static let mostInARow = 30

    /// Marks in a row so far, carried from one piece of text to the next.
    private var run = 0
    /// How many marks were left out.
    private(set) var dropped = 0

    /// The text with every mark past the limit left out.
    mutating func limit(_ text: String) -> String {
        // Almost every text is within the limit: check first, copy only when something must go.
        var run = self.run
        var fits = true
        for scalar in text.unicodeScalars {
            if Self.isMark(scalar) {
                run += 1
                if run > Self.mostInARow {
                    fits = false
                    break
                }
            } else {
                run = 0
            }
        }
        if fits {
            self.run = run
            return text
        }
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if Self.isMark(scalar) {
                self.run += 1
                if self.run > Self.mostInARow {
                    dropped += 1
                    continue
                }
            } else {
                self.run = 0
            }
            kept.append(scalar)
        }
        return String(kept)
    }

    /// Marks and the joiners that extend a character as marks do (every one is past U+02FF).
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        if scalar.value == 0x200C || scalar.value == 0x200D { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
