import Foundation
import PlainlyModel
import Readability

/// What `plainly check --format json --tokens` does with a text once checked: each unit's sentences and
/// words taken down into a spool as the command does, then written from the spool as JSON straight into
/// room made for each sentence (`RawWriter`), where a miscounted room stops the program. The report
/// must read back as JSON. Without the rules, for the reason `Tokenising` gives. (The HTML report
/// appends to its arrays, which grow as they must.)
public enum Reporting {
    public static func tokens<Parts: Sequence>(metadata: Metadata, parts: Parts) where Parts.Element: PartPiece {
        let spool = UnitSpool(format: .tokens)
        var checker = Tokenising.checker
        checker.unitSpool = spool
        let result = checker.check(metadata: metadata, parts: parts)
        let json = JSONReport(includesTokens: true).render(CheckReport(files: [FileReport(path: "fuzz.txt", result: result, unitSpool: spool)]))
        precondition((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "the --tokens report is not JSON")
    }
}
