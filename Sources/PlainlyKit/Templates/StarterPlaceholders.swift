import Foundation
import PlainlyModel

/// The words a starter from `plainly new` leaves for the group to replace: found by `status` and
/// refused by `build --final`, each at its file and line, so a guide never goes out saying "Write
/// your name here" or giving a made-up phone number. The starters' phone number is from Ofcom's
/// range kept for drama (01632 960 xxx), so it can never ring anyone.
public enum StarterPlaceholders {
    public static let phrases = [
        "Write your name here", "Write your names here", "Write the editor's name here",
        "Write your name and job title here", "Write the paper's title here", "Write your news here",
        "Write each thing you ask the board to agree",
        "01632 960 000", "group@example.org", "news@example.org",
    ]

    /// The token a starter's date line holds until `plainly new` writes the day it made it.
    static let today = "{{today}}"

    public struct Found: Sendable, Equatable {
        public var phrase: String
        public var location: SourceLocation
    }

    /// Every placeholder in `text` (a source file's text), by line and column.
    public static func find(in text: String, file: String) -> [Found] {
        var found: [Found] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for phrase in phrases {
                guard let range = line.range(of: phrase) else { continue }
                let column = line.distance(from: line.startIndex, to: range.lowerBound) + 1
                found.append(Found(phrase: phrase, location: SourceLocation(file: file, line: index + 1, column: column)))
            }
        }
        return found
    }

    /// The date a new starter is made, in the machine's own time zone: the day the group sees.
    public static func todayISO(_ now: Date = Date()) -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: now)
        return CalendarDate(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1)?.iso ?? "2026-01-01"
    }
}
