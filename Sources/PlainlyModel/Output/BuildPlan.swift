import Foundation

/// Everything one build was asked for, resolved once before any stage runs: which formats, for which
/// profile, on what paper, with which fonts, whether it must be final, and where it goes.
///
/// Made by `BuildPlanner` (PlainlyKit) from the command line and the source; every stage and every
/// `DocumentWriter` reads its choices from here, so no setting is looked up or checked twice.
public struct BuildPlan: Sendable, Equatable {
    /// The `--format` names to make, in the order the formats are registered.
    public var formats: [String]
    /// `--profile`: replaces the profile the source names, once, when the document is realized
    /// (`RealizedDocument`); nil keeps the source's own, which the live preview follows as it changes.
    public var profile: Profile?
    /// Paged formats: the paper (`--paper`, A4 when not given).
    public var paper: PaperSize
    /// Paged formats: the body text size (`--font-size`); nil for the profile's own.
    public var bodySize: Points?
    /// The folder holding the shipped fonts; nil only when no chosen format draws or embeds text.
    public var fontsDirectory: URL?
    /// `--final`: refuse to build unless every part is agreed, every picture chosen and the checker
    /// finds no errors.
    public var isFinal: Bool
    /// The output folder, and the same as the user wrote it, for messages.
    public var output: URL
    public var outputShown: String
    /// Text: the columns a line may take; text and braille: whether pictures and their slots are described.
    public var textWidth: Int
    public var textIncludesPictures: Bool
    /// Braille: the cells a line may take and the lines a page holds, its number's line included
    /// (40 by 25, the standard UK braille page, unless `--braille-cells` and `--braille-lines` say).
    public var brailleCells: Int
    public var brailleLines: Int
    /// Audio: eSpeak's words a minute (`--speech-rate`); nil for the audio writer's own.
    public var speechRate: Int?
    /// Web page: one file with its fonts and pictures inside, to email.
    public var singleFileHTML: Bool
    /// Web page: lets the one script carrying this nonce run (the live preview's reload script).
    public var htmlScriptNonce: String?

    /// The columns a text line may take, at least.
    public static let minimumTextWidth = 20

    /// Braille cells a line may take: narrower than 20, a contents entry's guide dots and page number
    /// leave no room for its words (pocket braille paper takes about 28); wider than 100 is beyond any
    /// embosser (the widest take about 42 cells on wide paper) and only a typing mistake.
    public static let allowedBrailleCells = 20...100
    /// Braille lines a page holds: fewer than 10 and a page is mostly its number and a heading
    /// (pocket paper takes about 15); more than 100 is beyond any embosser's paper.
    public static let allowedBrailleLines = 10...100

    public init(
        formats: [String], profile: Profile? = nil, output: URL, outputShown: String? = nil,
        paper: PaperSize = .a4, bodySize: Points? = nil, fontsDirectory: URL? = nil, isFinal: Bool = false,
        textWidth: Int = 72, textIncludesPictures: Bool = true, brailleCells: Int = 40, brailleLines: Int = 25,
        singleFileHTML: Bool = false, htmlScriptNonce: String? = nil, speechRate: Int? = nil
    ) {
        self.formats = formats
        self.profile = profile
        self.paper = paper
        self.bodySize = bodySize
        self.fontsDirectory = fontsDirectory
        self.isFinal = isFinal
        self.output = output
        self.outputShown = outputShown ?? output.path
        self.textWidth = textWidth
        self.textIncludesPictures = textIncludesPictures
        self.brailleCells = brailleCells
        self.brailleLines = brailleLines
        self.singleFileHTML = singleFileHTML
        self.htmlScriptNonce = htmlScriptNonce
        self.speechRate = speechRate
    }
}
