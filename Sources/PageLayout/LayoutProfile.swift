import PlainlyModel

/// How a profile sets out its pages: sizes, spacing and keep rules as data, so that the layout code
/// has one path for every profile and a new profile is a new value, not new branches.
public struct LayoutProfile: Hashable, Sendable {
    public var profile: Profile
    public var bodySize: Points
    /// Below this the profile stops meeting its own guidance, so `--font-size` may not go lower.
    public var minimumBodySize: Points
    /// Baseline to baseline, as a multiple of the font size.
    public var lineSpacing: Double
    /// Heading sizes as multiples of the body size, for levels 1, 2, 3 and deeper.
    public var headingScales: [Double]
    public var margin: Points
    /// Space between paragraphs, as a multiple of the body size.
    public var paragraphSpacing: Double
    /// Space above a heading, as a multiple of the body size.
    public var headingSpacing: Double
    /// Easy-read rows: the share of the column the picture takes, and the least width a picture may
    /// be drawn at anywhere, so that no picture is ever tiny.
    public var pictureColumnFraction: Double
    public var minimumPictureWidth: Points
    /// Easy read: a page may only break where a sentence ends.
    public var breaksOnlyBetweenSentences: Bool
    /// Elsewhere: the least lines of a paragraph left at the foot or carried to the head of a page.
    public var minimumLinesAtBreak: Int
    /// Easy-read guides start each part on a fresh page, so a reader meets one topic at a time.
    public var partsStartNewPage: Bool
    /// The thick border round callouts and the contact card.
    public var calloutBorder: Points

    public static let easyRead = LayoutProfile(
        profile: .easyRead, bodySize: Points(16), minimumBodySize: Points(14), lineSpacing: 1.45,
        headingScales: [2.0, 1.5, 1.25, 1.1], margin: .mm(22), paragraphSpacing: 0.75, headingSpacing: 1.3,
        pictureColumnFraction: 1.0 / 3.0, minimumPictureWidth: .mm(25), breaksOnlyBetweenSentences: true,
        minimumLinesAtBreak: 1, partsStartNewPage: true, calloutBorder: Points(3))

    public static let largePrint = LayoutProfile(
        profile: .largePrint, bodySize: Points(18), minimumBodySize: Points(16), lineSpacing: 1.45,
        headingScales: [1.9, 1.45, 1.2, 1.1], margin: .mm(22), paragraphSpacing: 0.8, headingSpacing: 1.2,
        pictureColumnFraction: 1.0 / 3.0, minimumPictureWidth: .mm(25), breaksOnlyBetweenSentences: false,
        minimumLinesAtBreak: 2, partsStartNewPage: false, calloutBorder: Points(3))

    public static let plain = LayoutProfile(
        profile: .plain, bodySize: Points(14), minimumBodySize: Points(12), lineSpacing: 1.4,
        headingScales: [1.9, 1.45, 1.2, 1.1], margin: .mm(20), paragraphSpacing: 0.7, headingSpacing: 1.2,
        pictureColumnFraction: 1.0 / 3.0, minimumPictureWidth: .mm(25), breaksOnlyBetweenSentences: false,
        minimumLinesAtBreak: 2, partsStartNewPage: false, calloutBorder: Points(2.5))

    /// The largest body size the layout accepts: past it a line holds too few words to read.
    public static let maximumBodySize = Points(48)

    public static func named(_ profile: Profile) -> LayoutProfile {
        switch profile {
        case .easyRead: .easyRead
        case .largePrint: .largePrint
        case .plain: .plain
        }
    }

    /// This profile with another body size, refusing sizes its guidance does not allow.
    public func withBodySize(_ size: Points) throws(PageLayoutError) -> LayoutProfile {
        guard size >= minimumBodySize else {
            throw .bodySizeTooSmall(requested: size, minimum: minimumBodySize, profile: profile)
        }
        guard size <= Self.maximumBodySize else {
            throw .bodySizeTooLarge(requested: size, maximum: Self.maximumBodySize)
        }
        var copy = self
        copy.bodySize = size
        return copy
    }

    public func headingSize(level: Int) -> Points {
        let index = min(max(level, 1), headingScales.count) - 1
        return bodySize * headingScales[index]
    }

    public var lineHeight: Points { bodySize * lineSpacing }
}

/// Why a layout could not be made at all. Everything about the author's text is a diagnostic instead.
public enum PageLayoutError: Error, Hashable, Sendable, CustomStringConvertible {
    case bodySizeTooSmall(requested: Points, minimum: Points, profile: Profile)
    case bodySizeTooLarge(requested: Points, maximum: Points)
    case marginsLeaveNoRoom(paper: PaperSize)

    public var description: String {
        switch self {
        case .bodySizeTooSmall(let requested, let minimum, let profile):
            "font size \(Self.plain(requested)) pt is too small for \(profile.rawValue): its guidance asks for at least "
                + "\(Self.plain(minimum)) pt body text, so people with low vision can read it"
        case .bodySizeTooLarge(let requested, let maximum):
            "font size \(Self.plain(requested)) pt is larger than \(Self.plain(maximum)) pt: a line would hold too few words to read"
        case .marginsLeaveNoRoom(let paper):
            "the text is too large for \(paper.rawValue) paper: choose a larger paper or a smaller font size"
        }
    }

    /// "16" rather than "16.00": how people say a font size.
    private static func plain(_ size: Points) -> String {
        size.value == size.value.rounded() ? String(Int(size.value)) : String(format: "%.1f", size.value)
    }
}
