import PlainlyModel

/// The two weights body text may use. There is deliberately no italic and no underline: easy-read
/// and large-print guidance forbid both, so the layout cannot ask for them.
public enum FontWeight: String, Hashable, Sendable {
    case regular, bold
}

public struct FontMetrics: Hashable, Sendable {
    public var ascent: Points
    public var descent: Points

    public init(ascent: Points, descent: Points) {
        self.ascent = ascent
        self.descent = descent
    }
}

/// What the layout asks of a font: how wide a piece of text is and how tall the font stands. Pango
/// answers in the PDF writer; `FixedAdvanceMeasurer` answers in tests, so layouts are golden-testable.
public protocol TextMeasuring {
    func width(of text: String, weight: FontWeight, size: Points) -> Points
    func metrics(weight: FontWeight, size: Points) -> FontMetrics
}

/// Every character the same width, a fixed share of the size: predictable layouts for golden tests.
public struct FixedAdvanceMeasurer: TextMeasuring, Sendable {
    public var advance: Double
    public var boldAdvance: Double

    public init(advance: Double = 0.5, boldAdvance: Double = 0.55) {
        self.advance = advance
        self.boldAdvance = boldAdvance
    }

    public func width(of text: String, weight: FontWeight, size: Points) -> Points {
        size * (Double(text.count) * (weight == .bold ? boldAdvance : advance))
    }

    public func metrics(weight: FontWeight, size: Points) -> FontMetrics {
        FontMetrics(ascent: size * 0.8, descent: size * 0.2)
    }
}
