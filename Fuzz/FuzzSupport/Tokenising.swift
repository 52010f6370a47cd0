import PlainlyModel
import Readability

/// What the reader targets do with a document once read: split it into units, sentences and words as
/// `plainly check` does, without the rules. Making the rules builds their word tables, which takes
/// milliseconds a check and would cut the fuzzer to a hundred runs a second; the rules see only what
/// the tokeniser makes, and FuzzTokeniser fuzzes that directly.
public enum Tokenising {
    public static let checker = Checker(profile: .named(.plain), onlyRules: [])

    public static func check(_ document: Document) {
        _ = checker.check(document)
    }

    public static func check<Parts: Sequence>(metadata: Metadata, parts: Parts) where Parts.Element: PartPiece {
        _ = checker.check(metadata: metadata, parts: parts)
    }
}
