import PlainlyModel

/// `cover:` and `logo:` in a document's front matter (or `guide.yaml`): a picture and what it shows.
///
/// ```yaml
/// cover:
///   picture: pictures/cover.png      # or bank:meeting_1a, as in ![…](…)
///   description: Two people reading a letter together
/// logo:
///   picture: pictures/logo.svg
///   description: Riverside Advocacy
/// ```
///
/// `picture:` takes what a Markdown picture's brackets take, checked the same way
/// (`PictureReference`): a file inside the source folder, or `bank:` and a symbol's name. A cover
/// is never decorative, so both keys are needed; a wrong shape is an error at its line.
extension MetadataReader {
    static let pictureKeys = ["picture", "description"]

    /// What each key is for, in the messages.
    enum CoverPicture: String {
        case cover, logo

        var describes: String {
            switch self {
            case .cover: "what the picture shows"
            case .logo: "the organisation's name"
            }
        }
    }

    mutating func picture(_ value: YAMLValue, as kind: CoverPicture, references: PictureReference) -> Picture? {
        let key = kind.rawValue
        let example = "\(key):\n  picture: pictures/\(key).png\n  description: \(kind == .cover ? "Two people reading a letter" : "Riverside Advocacy")"
        let entries: [YAMLValue.Entry]
        switch value {
        case .null: return nil
        case .mapping(let found, _): entries = found
        default:
            fields.report(Diagnostic(
                .error, "'\(key)' should be a picture and its description, each on a line of its own below it, "
                    + "but it is \(value.kindName).",
                id: "wrong-type", at: value.location,
                why: "A picture on the cover needs words that say what it shows, for people who cannot see it.",
                suggestion: "Write it like this:\n\(example)"))
            return nil
        }
        var written: (text: String, location: SourceLocation)?
        var description: String?
        // A key given with a value of the wrong type has had its error; it is not missing too.
        var wrongValue = false
        for entry in entries {
            switch entry.key {
            case "picture":
                written = fields.text(entry.value, key: "\(key): picture").map { ($0, entry.value.location) }
                if written == nil, case .null = entry.value {} else if written == nil { wrongValue = true }
            case "description":
                description = fields.text(entry.value, key: "\(key): description")
                if description == nil, case .null = entry.value {} else if description == nil { wrongValue = true }
            default: fields.unknownKey(entry, known: Self.pictureKeys)
            }
        }
        if wrongValue { return nil }
        guard let written else {
            fields.report(Diagnostic(
                .error, "'\(key)' needs 'picture:', the picture's file (pictures/\(key).png) or a symbol from the bank (bank:name).",
                id: "incomplete-picture", at: value.location, suggestion: "Write it like this:\n\(example)"))
            return nil
        }
        guard let description else {
            fields.report(Diagnostic(
                .error, "'\(key)' needs 'description:', saying \(kind.describes), for people who cannot see the picture.",
                id: "incomplete-picture", at: value.location,
                why: "Screen readers, the text file, braille and audio say the description instead of the picture.",
                suggestion: "Write it like this:\n\(example)"))
            return nil
        }
        var diagnostics: [Diagnostic] = []
        let source = references.source(written.text, at: written.location, diagnostics: &diagnostics)
        diagnostics.forEach { fields.report($0) }
        return Picture(source: source, words: .description(description), location: written.location)
    }
}
