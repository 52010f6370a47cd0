/// The one wording of "this picture cannot be shown", used by the source reader and every writer,
/// so each format says the same thing with the same id, and a build says it once
/// (`Builder.unique` merges findings with the same id at the same place).
public enum PictureWarning {
    public static let why = "Readers of easy read rely on the pictures to follow the words."
    public static let suggestion = "Check the file name and that the file is a PNG, JPEG or SVG picture, inside the source folder."

    /// Why a picture the reader could not use is shown as a slot.
    public static func warning(_ problem: PictureProblem, path: String, at location: SourceLocation?) -> Diagnostic {
        switch problem {
        case .missing:
            make("missing-picture", "The picture '\(path)' was not found; a picture slot is shown instead.", location,
                 suggestion: "Check the file name, or leave the brackets empty to mark a picture still to be chosen.")
        case .unreadable(let reason):
            make("unreadable-picture", "The picture '\(path)' could not be read: \(reason); a picture slot is shown instead.", location)
        case .notAPicture(let reason):
            make("unsupported-picture", "The picture '\(path)' cannot be used: \(reason); a picture slot is shown instead.", location)
        case .outsideSource:
            make("outside-source", "The picture '\(path)' is outside the source folder; a picture slot is shown instead.", location)
        }
    }

    /// A picture one format cannot show although others can (a GIF in the PDF), or cannot draw.
    public static func notIn(format: String, path: String, reason: String, at location: SourceLocation?) -> Diagnostic {
        make("unsupported-picture", "The picture '\(path)' is not shown in the \(format): \(reason); a picture slot is shown instead.", location)
    }

    private static func make(
        _ id: String, _ message: String, _ location: SourceLocation?, suggestion: String = suggestion
    ) -> Diagnostic {
        Diagnostic(.warning, message, id: id, at: location, why: why, suggestion: suggestion)
    }
}
