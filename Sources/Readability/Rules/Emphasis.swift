import PlainlyModel

/// Italics or underlining in the source, which easy read and large print avoid.
public struct Emphasis: Rule {
    public static let id = "emphasis"
    public static let why = "Italic and underlined letters are harder to make out, especially in large print. Bold is clearer."
    public static let examples: [RuleExample] = [
        .triggers([.paragraph(Paragraph(inlines: [.text("Please "), .emphasis([.text("always")]), .text(" bring it.")]))], in: .easyRead),
        .passes([.paragraph(Paragraph(inlines: [.text("Please "), .strong([.text("always")]), .text(" bring it.")]))], in: .easyRead),
    ]

    let severity: Finding.Severity

    public init(settings: RuleSettings, lists: WordLists) {
        severity = settings.severity ?? .warning
    }

    public mutating func start(_ document: Document, _ findings: inout FindingSink) {
        var finder = Finder()
        finder.visitDocument(document)
        for emphasis in finder.found {
            let words = emphasis.children.plainText
            findings.report(
                Self.self, severity, at: emphasis.location, "'\(words)' is in italics or underlined.",
                suggestion: "Use bold for the few words that matter most, or no emphasis at all.", excerpt: words)
        }
    }

    struct Finder: ContentWalker {
        var found: [PlainlyModel.Emphasis] = []

        mutating func visitEmphasis(_ emphasis: PlainlyModel.Emphasis) {
            found.append(emphasis)
            visitInlines(emphasis.children)
        }
    }
}
