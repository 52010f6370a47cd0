/// Numbers as British English speaks them: "one hundred and five", "the twelfth", "twenty twenty-six",
/// "oh one six three two".
enum NumberWords {
    /// The largest number said as words; a longer run of digits is a code or a reference and is
    /// read digit by digit (no amount in a guide or newsletter comes near a trillion).
    static let largestInWords = 999_999_999_999

    private static let units = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]
    private static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    private static let scales: [(Int, String)] = [(1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand")]

    /// "two thousand and twenty-six"; nil above `largestInWords` or below zero.
    static func cardinal(_ number: Int) -> String? {
        guard (0...largestInWords).contains(number) else { return nil }
        if number < 1000 { return belowThousand(number) }
        var words: [String] = []
        var rest = number
        for (scale, name) in scales where rest >= scale {
            words.append(belowThousand(rest / scale) + " " + name)
            rest %= scale
        }
        // British English says "and" before the last part when it is under a hundred.
        if rest > 0 { words.append((rest < 100 ? "and " : "") + belowThousand(rest)) }
        return words.joined(separator: " ")
    }

    private static func belowThousand(_ number: Int) -> String {
        if number < 20 { return units[number] }
        if number < 100 {
            let unit = number % 10
            return tens[number / 10] + (unit == 0 ? "" : "-" + units[unit])
        }
        let rest = number % 100
        return units[number / 100] + " hundred" + (rest == 0 ? "" : " and " + belowThousand(rest))
    }

    /// "first", "twenty-second", "one hundredth".
    static func ordinal(_ number: Int) -> String? {
        guard let words = cardinal(number) else { return nil }
        let irregular = ["one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
                         "nine": "ninth", "twelve": "twelfth"]
        let cut = words.lastIndex { $0 == " " || $0 == "-" }.map { words.index(after: $0) } ?? words.startIndex
        let head = words[..<cut], last = String(words[cut...])
        if let special = irregular[last] { return head + special }
        if last.hasSuffix("y") { return head + last.dropLast() + "ieth" }
        return head + last + "th"
    }

    /// A year as people say it: "nineteen eighty-four", "two thousand and five", "twenty twenty-six".
    static func year(_ number: Int) -> String? {
        guard (1100...2099).contains(number) else { return cardinal(number) }
        let century = number / 100, rest = number % 100
        if (2000...2009).contains(number) { return cardinal(number) }
        let first = cardinal(century) ?? ""
        if rest == 0 { return first + " hundred" }
        if rest < 10 { return first + " oh " + units[rest] }
        return first + " " + (cardinal(rest) ?? "")
    }

    /// Each digit on its own, with 0 as "oh", as phone numbers and codes are read.
    static func digits<S: StringProtocol>(_ text: S) -> String {
        text.compactMap { $0.wholeNumberValue }.map { $0 == 0 ? "oh" : units[$0] }.joined(separator: " ")
    }

    /// "12.5" as "twelve point five"; "1,200" as "one thousand two hundred"; a run of digits longer
    /// than `largestInWords` digit by digit.
    static func spoken<S: StringProtocol>(_ text: S) -> String {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = String(parts[0].filter(\.isNumber))
        guard let value = Int(whole), let words = cardinal(value) else { return digits(text) }
        guard parts.count == 2, !parts[1].isEmpty else { return words }
        let fraction = parts[1].compactMap(\.wholeNumberValue).map { units[$0] }.joined(separator: " ")
        return words + " point " + fraction
    }
}
