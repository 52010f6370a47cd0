import AudioWriter
import Foundation
import PlainlyModel

/// What a person asked a build for, as they typed it: names and paths not yet checked or found.
/// `BuildPlanner` turns it into a `BuildPlan`, the one place each choice is checked and resolved.
public struct BuildRequest: Sendable {
    /// `--format` names; empty for the default formats, `all` for every one.
    public var formats: [String] = []
    /// `--out` as typed; nil for `out/<name>`.
    public var out: String?
    /// `--profile`: easy-read, large-print or plain; nil for the one the source names.
    public var profile: String?
    /// `--paper`: A4, A3, A5 or Letter; nil for A4.
    public var paper: String?
    /// `--font-size` in points; nil for the profile's own.
    public var fontSize: Double?
    /// `--fonts`: the folder holding the fonts; nil to find them.
    public var fonts: String?
    public var isFinal = false
    public var textWidth = 72
    public var textIncludesPictures = true
    /// `--braille-cells`, `--braille-lines`: the braille page.
    public var brailleCells = 40
    public var brailleLines = 25
    public var singleFileHTML = false
    /// `--speech-rate`: audio's words a minute; nil for the audio writer's own.
    public var speechRate: Int?
    /// Relative paths (`--out`, `--fonts`) are taken from here; nil for the current directory.
    public var workingDirectory: URL?

    public init(workingDirectory: URL?) {
        self.workingDirectory = workingDirectory
    }

    /// Why the request cannot be met, before any source is read (a format, profile or paper that
    /// does not exist, a text width too narrow); nil when it is fine.
    public func problem() -> String? {
        do {
            _ = try choices()
            return nil
        } catch {
            return error.message
        }
    }

    struct Refusal: Error {
        var message: String
    }

    /// The names as values, each checked once; the planner and `problem()` both read them here.
    func choices() throws(Refusal) -> (formats: [String], profile: Profile?, paper: PaperSize) {
        let chosen = (try chosenFormats(), try chosenProfile(), try chosenPaper())
        if textWidth < BuildPlan.minimumTextWidth {
            throw Refusal(message: "--width must be at least \(BuildPlan.minimumTextWidth) columns.")
        }
        for (option, value, allowed) in [
            ("--braille-cells", brailleCells, BuildPlan.allowedBrailleCells),
            ("--braille-lines", brailleLines, BuildPlan.allowedBrailleLines),
        ] where !allowed.contains(value) {
            throw Refusal(message: "\(option) must be from \(allowed.lowerBound) to \(allowed.upperBound).")
        }
        let rates = AudioWriter.Options.wordsPerMinuteRange
        if let speechRate, !rates.contains(speechRate) {
            throw Refusal(message: "--speech-rate must be \(rates.lowerBound) to \(rates.upperBound) words a minute.")
        }
        return chosen
    }

    func chosenFormats() throws(Refusal) -> [String] {
        let names = TypedNames.split(formats)
        if names.isEmpty { return FormatRegistry.defaultNames }
        if names.contains(FormatRegistry.allName) { return FormatRegistry.names }
        for name in names where FormatRegistry.writer(named: name) == nil {
            let known = FormatRegistry.names + [FormatRegistry.allName]
            let guess = Suggestion.closest(to: name, among: known).map { " Did you mean '\($0)'?" } ?? ""
            throw Refusal(message: "Unknown format '\(name)'.\(guess) Choose from: \(known.joined(separator: ", ")).")
        }
        // Registry order, each once, however the user listed them.
        return FormatRegistry.names.filter(names.contains)
    }

    func chosenProfile() throws(Refusal) -> Profile? {
        guard let profile else { return nil }
        guard let chosen = Profile(typed: profile) else { throw Refusal(message: Profile.unknown(profile)) }
        return chosen
    }

    func chosenPaper() throws(Refusal) -> PaperSize {
        guard let paper else { return .a4 }
        guard let chosen = PaperSize(name: paper) else {
            throw Refusal(message: "--paper must be one of \(PaperSize.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        return chosen
    }
}
