import PlainlyModel

/// How a profile sets out a Word file: heading sizes, spacing and margins, with the body size and its
/// limits from the profile's one definition (`Profile.bodySize` in the model), so a reader who asks
/// for the Word file gets the same sizes as in the PDF; line spacing is the 1.5 lines Word users
/// know, which easy-read and large-print guidance ask for.
struct DocxProfile: Equatable, Sendable {
    var bodySize: Points
    /// `--font-size` may not go below this: the profile would stop meeting its own guidance.
    var minimumBodySize: Points
    /// Heading sizes as multiples of the body size: the title, then Heading 1, 2 and 3.
    var headingScales: [Double]
    var margin: Points
    /// Space after a paragraph, as a multiple of the body size.
    var paragraphSpacing: Double
    /// Easy read puts each part on a fresh page, so a reader meets one topic at a time.
    var partsStartNewPage: Bool

    /// Baseline to baseline, in Word's own terms: 1.5 lines.
    static let lineSpacing = 1.5
    /// Past this a line holds too few words to read (every format's limit).
    static let maximumBodySize = Profile.maximumBodySize
    /// An easy-read row's picture column takes this share of the text width, as in the PDF.
    static let pictureColumnFraction = 1.0 / 3.0

    static let easyRead = DocxProfile(
        bodySize: Profile.easyRead.bodySize, minimumBodySize: Profile.easyRead.minimumBodySize, headingScales: [2.0, 1.5, 1.25, 1.1], margin: .mm(22),
        paragraphSpacing: 0.75, partsStartNewPage: true)
    static let largePrint = DocxProfile(
        bodySize: Profile.largePrint.bodySize, minimumBodySize: Profile.largePrint.minimumBodySize, headingScales: [1.9, 1.45, 1.2, 1.1], margin: .mm(22),
        paragraphSpacing: 0.8, partsStartNewPage: false)
    static let plain = DocxProfile(
        bodySize: Profile.plain.bodySize, minimumBodySize: Profile.plain.minimumBodySize, headingScales: [1.9, 1.45, 1.2, 1.1], margin: .mm(20),
        paragraphSpacing: 0.7, partsStartNewPage: false)

    static func named(_ profile: Profile) -> DocxProfile {
        switch profile {
        case .easyRead: .easyRead
        case .largePrint: .largePrint
        case .plain: .plain
        }
    }

    /// This profile at `--font-size`, refusing sizes its guidance does not allow.
    func withBodySize(_ size: Points?, profile: Profile) throws(DocumentWriterError) -> DocxProfile {
        guard let size else { return self }
        guard size >= minimumBodySize else {
            throw DocumentWriterError(
                format: DocxWriter.formatName,
                reason: "font size \(Self.spoken(size)) pt is too small for \(profile.rawValue): its guidance asks for at least "
                    + "\(Self.spoken(minimumBodySize)) pt body text, so people with low vision can read it")
        }
        guard size <= Self.maximumBodySize else {
            throw DocumentWriterError(
                format: DocxWriter.formatName,
                reason: "font size \(Self.spoken(size)) pt is larger than \(Self.spoken(Self.maximumBodySize)) pt: "
                    + "a line would hold too few words to read")
        }
        var copy = self
        copy.bodySize = size
        return copy
    }

    /// The size of the title (level 1) and of headings at levels 2, 3 and deeper.
    func headingSize(level: Int) -> Points {
        let index = min(max(level, 1), headingScales.count) - 1
        return Points(bodySize.value * headingScales[index])
    }

    private static func spoken(_ size: Points) -> String {
        size.value == size.value.rounded() ? String(Int(size.value)) : String(size.value)
    }
}

/// WordprocessingML's units: twentieths of a point for lengths, half points for font sizes, and
/// English Metric Units (12,700 a point) for drawings.
extension Points {
    var twips: Int { Int((value * 20).rounded()) }
    var halfPoints: Int { Int((value * 2).rounded()) }
    var emu: Int { Int((value * 12_700).rounded()) }
}
