/// The sizes each profile's guidance asks for: the one definition every format takes them from, so
/// a reader gets the same body text in the PDF, the Word file and any other format.
extension Profile {
    /// Body text: easy read 16 pt and large print 18 pt (RNIB's and Mencap's guidance), plain 14 pt.
    public var bodySize: Points {
        switch self {
        case .easyRead: Points(16)
        case .largePrint: Points(18)
        case .plain: Points(14)
        }
    }

    /// `--font-size` may not go below this: the profile would stop meeting its own guidance.
    public var minimumBodySize: Points {
        switch self {
        case .easyRead: Points(14)
        case .largePrint: Points(16)
        case .plain: Points(12)
        }
    }

    /// Past this a line holds too few words to read, whatever the profile.
    public static let maximumBodySize = Points(48)
}
