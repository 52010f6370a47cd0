/// One braille cell: which of dots 1–6 are raised, dot 1 as the lowest bit (as in Unicode braille,
/// U+2800 + dots).
struct BrailleCell: Hashable, Sendable {
    var dots: UInt8

    static let blank = BrailleCell(dots: 0)

    /// Cells written as dot numbers, for the indicators Plainly adds itself: `cells("456", "256")`.
    static func cells(_ patterns: String...) -> [BrailleCell] {
        patterns.map { pattern in
            BrailleCell(dots: pattern.reduce(0) { dots, digit in dots | (1 << (digit.wholeNumberValue! - 1)) })
        }
    }

    var isBlank: Bool { dots == 0 }

    /// The cell as Unicode braille, for the preview a sighted checker reads.
    var unicode: Unicode.Scalar { Unicode.Scalar(0x2800 + UInt32(dots))! }
}
