/// The paper a document is printed on. A4 is what UK services print; A3 is for posters and
/// enlargements, A5 for leaflets, Letter for partners in North America.
public enum PaperSize: String, Sendable, Hashable, CaseIterable {
    case a4 = "A4"
    case a3 = "A3"
    case a5 = "A5"
    case letter = "Letter"

    public var size: Size {
        switch self {
        case .a4: Size(width: .mm(210), height: .mm(297))
        case .a3: Size(width: .mm(297), height: .mm(420))
        case .a5: Size(width: .mm(148), height: .mm(210))
        case .letter: Size(width: Points(612), height: Points(792))
        }
    }

    /// Reads `a4`, `A4`, `letter` …; anything else is nil.
    public init?(name: String) {
        guard let match = Self.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() }) else {
            return nil
        }
        self = match
    }
}
