import PlainlyModel

/// Easy read: a picture slot the group has not filled yet.
public struct EmptyPictureSlot: Rule {
    public static let id = "empty-picture-slot"
    public static let why = "An empty slot prints as a dashed box. Readers who rely on pictures will miss what this part says."
    public static let examples: [RuleExample] = [
        .triggers([.easyReadRow(EasyReadRow(
            picture: Picture(source: .slot, words: .description("A bus stop")),
            lines: [TextLine(inlines: [.text("Take the bus.")])]))], in: .easyRead),
        .passes([.easyReadRow(EasyReadRow(
            picture: Picture(source: .file(written: "bus.svg", path: "bus.svg"), words: .description("A bus stop")),
            lines: [TextLine(inlines: [.text("Take the bus.")])]))], in: .easyRead),
    ]

    let severity: Finding.Severity

    public init(settings: RuleSettings, lists: WordLists) {
        severity = settings.severity ?? .warning
    }

    public mutating func start(_ document: Document, _ findings: inout FindingSink) {
        for picture in PictureSlots.find(in: document) {
            let wanted = picture.description.isEmpty ? "" : ": \(picture.description)"
            findings.report(
                Self.self, severity, at: picture.location, "This picture slot is still empty\(wanted).",
                suggestion: "Choose a picture with the group, or one from your picture bank.")
        }
    }
}
