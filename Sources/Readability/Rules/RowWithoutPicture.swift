import PlainlyModel

/// Easy read: text that is not in a row with a picture (or a slot for one).
public struct RowWithoutPicture: Rule {
    public static let id = "row-without-picture"
    public static let why = "In easy read every idea has a picture beside it, which helps readers who rely on pictures to follow the text."
    public static let examples: [RuleExample] = [
        .triggers("We meet on Tuesdays.", in: .easyRead),
        .passes([.easyReadRow(EasyReadRow(
            picture: Picture(source: .slot, words: .description("A group of people at a table")),
            lines: [TextLine(inlines: [.text("We meet on Tuesdays.")])]))], in: .easyRead),
        .passes([.heading(Heading(level: 2, inlines: [.text("Our meetings")]))], in: .easyRead),
    ]

    let severity: Finding.Severity

    public init(settings: RuleSettings, lists: WordLists) {
        severity = settings.severity ?? .warning
    }

    public mutating func start(_ document: Document, _ findings: inout FindingSink) {
        for part in document.parts {
            for block in part.blocks {
                let location: SourceLocation
                let words: String
                switch block {
                case .paragraph(let paragraph):
                    location = paragraph.location
                    words = paragraph.inlines.plainText
                case .list(let list):
                    location = list.location
                    words = list.items.first.map { item in
                        item.blocks.compactMap { if case .paragraph(let p) = $0 { p.inlines.plainText } else { nil } }.joined(separator: " ")
                    } ?? ""
                default:
                    continue
                }
                findings.report(
                    Self.self, severity, at: location, "This text has no picture beside it.",
                    suggestion: "Put it in a row with a picture, or with a picture slot for the group to fill.",
                    excerpt: FindingSink.oneLine(words))
            }
        }
    }
}
