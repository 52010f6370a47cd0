import Foundation

/// Written words made ready to be heard: money, times, dates, phone numbers, numbers, addresses and
/// common abbreviations are written out as a listener expects to hear them ("£4.50" → "four pounds
/// fifty", "01632 960 418" → "oh one six three two, nine six oh, four one eight", "Dr" → "Doctor").
///
/// What it makes is both what eSpeak NG says and what the narration script shows, so a volunteer
/// recording the script says the same words. Each rule is one row of `rules`, applied in order:
/// the more particular shapes (an address, a phone number, money, a time, a date) before plain numbers.
public enum ListeningText {
    public static func prepare(_ text: String) -> String {
        var result = text
        // No rule makes a digit, so a text with none skips every rule about numbers.
        let hasDigit = text.utf8.contains { (0x30...0x39).contains($0) }
        for rule in rules where rule.trigger.mayMatch(result, hasDigit: hasDigit) {
            result = result.replacing(rule.pattern) { rule.replace($0) }
        }
        return result
    }

    /// What a text must hold for a rule to be worth trying: a regular expression is slow beside a
    /// plain search, and most sentences hold no number, address or abbreviation at all.
    enum Trigger {
        case digit
        case text([String])
        case textIgnoringCase([String])

        func mayMatch(_ text: String, hasDigit: Bool) -> Bool {
            switch self {
            case .digit: hasDigit
            case .text(let needles): needles.contains { text.contains($0) }
            case .textIgnoringCase(let needles): needles.contains { text.range(of: $0, options: .caseInsensitive) != nil }
            }
        }
    }

    struct Rule: @unchecked Sendable {
        /// What it is for, as a comment would say it.
        var name: String
        var pattern: Regex<AnyRegexOutput>
        var trigger: Trigger
        var replace: (Regex<AnyRegexOutput>.Match) -> String

        init(
            _ name: String, _ pattern: String, when trigger: Trigger, ignoringCase: Bool = false,
            _ replace: @escaping (Regex<AnyRegexOutput>.Match) -> String
        ) {
            self.name = name
            self.trigger = trigger
            // The patterns are constants below; one that did not compile is a programming error.
            let compiled = try! Regex(pattern)
            self.pattern = ignoringCase ? compiled.ignoresCase() : compiled
            self.replace = replace
        }
    }

    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]
    private static let monthPattern =
        "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"

    static func monthName(_ written: Substring) -> String? {
        let lower = written.lowercased()
        guard let month = months.first(where: { $0.hasPrefix(lower.prefix(3)) }) else { return nil }
        return month.prefix(1).uppercased() + month.dropFirst()
    }

    private static func group(_ match: Regex<AnyRegexOutput>.Match, _ index: Int) -> Substring? {
        index < match.output.count ? match.output[index].substring : nil
    }

    /// The rules, in the order they apply.
    static let rules: [Rule] = [
        Rule("email address", #"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"#, when: .text(["@"])) { match in
            spokenAddress(match.output[0].substring!)
        },
        Rule("web address", #"(?:https?://)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/[A-Za-z0-9/_-]*)?|https?://[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/[A-Za-z0-9/_-]*)?"#, when: .text(["www.", "://"])) { match in
            var address = String(match.output[0].substring!)
            for scheme in ["https://", "http://"] where address.hasPrefix(scheme) { address.removeFirst(scheme.count) }
            while address.hasSuffix("/") { address.removeLast() }
            return spokenAddress(address[...])
        },
        // UK numbers: 0 or +44 and ten digits more, in the author's groups (or the usual ones).
        Rule("phone number", #"(?:\+44\s?(?:\(0\)\s?)?|\b0)\d(?:[ -]?\d){8,9}\b"#, when: .digit) { match in
            phoneNumber(match.output[0].substring!)
        },
        Rule("short service number", #"\b(call|ring|phone|dial|text|on)\s+(999|111|112|101|119|116 ?123)\b"#, when: .digit, ignoringCase: true) { match in
            "\(group(match, 1)!) \(NumberWords.digits(group(match, 2)!))"
        },
        Rule("money", #"£\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?(?:\s?(m|bn|k|million|billion)\b)?"#, when: .text(["£"])) { match in
            money(pounds: group(match, 1)!, pence: group(match, 2), scale: group(match, 3))
        },
        Rule("pence", #"\b(\d{1,2})p\b"#, when: .digit) { match in
            let pence = Int(group(match, 1)!)!
            return (NumberWords.cardinal(pence) ?? "") + (pence == 1 ? " penny" : " pence")
        },
        // The full stop of "a.m." is left, as it may end the sentence (one that does not is taken
        // away by the next rule).
        Rule("time of day", #"\b(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?m\b"#, when: .digit, ignoringCase: true) { match in
            let hour = Int(group(match, 1)!)!, minute = group(match, 2).flatMap { Int($0) } ?? 0
            let half = group(match, 3)!.lowercased() == "a" ? "a m" : "p m"
            guard (0...23).contains(hour), (0...59).contains(minute) else { return String(match.output[0].substring!) }
            return clock(hour: hour, minute: minute) + " " + half
        },
        Rule("a.m. inside a sentence", #"\b([ap]) m\.(\s+[a-z])"#, when: .text([" m."])) { match in
            "\(group(match, 1)!) m\(group(match, 2)!)"
        },
        Rule("24-hour time", #"\b([01]?\d|2[0-3]):([0-5]\d)\b"#, when: .text([":"])) { match in
            let hour = Int(group(match, 1)!)!, minute = Int(group(match, 2)!)!
            return minute == 0 ? (NumberWords.cardinal(hour) ?? "") + " hundred" : clock(hour: hour, minute: minute)
        },
        Rule("numeric date", #"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b"#, when: .text(["/"])) { match in
            let day = Int(group(match, 1)!)!, month = Int(group(match, 2)!)!
            var year = Int(group(match, 3)!)!
            guard (1...31).contains(day), (1...12).contains(month) else { return String(match.output[0].substring!) }
            if year < 100 { year += 2000 }
            let monthWord = months[month - 1].prefix(1).uppercased() + months[month - 1].dropFirst()
            return "the \(NumberWords.ordinal(day)!) of \(monthWord) \(NumberWords.year(year)!)"
        },
        Rule("day and month", #"\b(\d{1,2})(?:st|nd|rd|th)?\s+"# + monthPattern + #"\b\.?(?:,?\s+(\d{4})\b)?"#, when: .digit) { match in
            let day = Int(group(match, 1)!)!
            let month = monthName(group(match, 2)!)!
            guard (1...31).contains(day) else { return String(match.output[0].substring!) }
            let year = group(match, 3).flatMap { Int($0) }.flatMap(NumberWords.year).map { " " + $0 } ?? ""
            return "the \(NumberWords.ordinal(day)!) of \(month)\(year)"
        },
        Rule("month and day", monthPattern + #"\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?"#, when: .digit) { match in
            let month = monthName(group(match, 1)!)!
            let day = Int(group(match, 2)!)!
            guard (1...31).contains(day) else { return String(match.output[0].substring!) }
            let year = group(match, 3).flatMap { Int($0) }.flatMap(NumberWords.year).map { " " + $0 } ?? ""
            return "\(month) the \(NumberWords.ordinal(day)!)\(year)"
        },
        Rule("month and year", monthPattern + #"\s+(\d{4})\b"#, when: .digit) { match in
            "\(monthName(group(match, 1)!)!) \(NumberWords.year(Int(group(match, 2)!)!)!)"
        },
        Rule("year after a word that asks for one", #"\b(in|since|from|until|by|of|year|before|after)\s+(1[1-9]\d\d|20\d\d)\b"#, when: .digit, ignoringCase: true) { match in
            "\(group(match, 1)!) \(NumberWords.year(Int(group(match, 2)!)!)!)"
        },
        Rule("ordinal", #"\b(\d{1,12})(?:st|nd|rd|th)\b"#, when: .digit) { match in
            NumberWords.ordinal(Int(group(match, 1)!)!) ?? NumberWords.digits(group(match, 1)!)
        },
        Rule("per cent", #"(\d+(?:\.\d+)?)\s?%"#, when: .text(["%"])) { match in
            NumberWords.spoken(group(match, 1)!) + " per cent"
        },
        Rule("range", #"(\d)\s?[–-]\s?(\d)"#, when: .digit) { match in "\(group(match, 1)!) to \(group(match, 2)!)" },
        Rule("number after No.", #"\b[Nn]o\.\s?(?=\d)"#, when: .text(["o."])) { _ in "number " },
        // Letters one by one, digits as numbers: "BK1 7QT" → "B K one, seven Q T".
        Rule("postcode", #"\b([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})\b"#, when: .digit) { match in
            [group(match, 1)!, group(match, 2)!].map { part in
                part.map { $0.isNumber ? NumberWords.digits(String($0)) : String($0) }.joined(separator: " ")
            }.joined(separator: ", ")
        },
        // Digits that stand alone, not inside a word or a code ("BK1", "A4").
        Rule("number", #"\b(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\b"#, when: .digit) { match in
            NumberWords.spoken(match.output[0].substring!)
        },
        Rule("Doctor before a name", #"\bDr\.?(?=\s+[A-Z])"#, when: .text(["Dr"])) { _ in "Doctor" },
        // After a name, a street: "Park Dr", "Mill Rd", "Clifton Ave".
        Rule("Drive, Road, Avenue", #"\b([A-Z][a-z]+)\s(Dr|Rd|Ave)\b"#, when: .text(["Dr", "Rd", "Ave"])) { match in
            "\(group(match, 1)!) " + ["Dr": "Drive", "Rd": "Road", "Ave": "Avenue"][String(group(match, 2)!)]!
        },
        // Before a name a saint ("St Mary's"), otherwise a street ("High St, Leeds"); the full stop
        // after "St" is kept at the end of a street, where it may end the sentence.
        Rule("Saint before a name", #"\bSt\.?(?=\s+[A-Z])"#, when: .text(["St"])) { _ in "Saint" },
        Rule("Street", #"\bSt\b"#, when: .text(["St"])) { _ in "Street" },
        Rule("for example", #"\be\.\s?g\.(?:,)?"#, when: .textIgnoringCase(["e.g", "e. g"]), ignoringCase: true) { _ in "for example" },
        Rule("that is", #"\bi\.\s?e\.(?:,)?"#, when: .textIgnoringCase(["i.e", "i. e"]), ignoringCase: true) { _ in "that is" },
        Rule("and so on", #"\betc\b"#, when: .textIgnoringCase(["etc"]), ignoringCase: true) { _ in "and so on" },
        Rule("titles", #"\b(Mr|Mrs|Ms)\b\.?"#, when: .text(["Mr", "Ms"])) { match in
            ["Mr": "Mister", "Mrs": "Missus", "Ms": "Miz"][String(group(match, 1)!)]!
        },
        Rule("approximately", #"\bapprox\b\.?"#, when: .textIgnoringCase(["approx"]), ignoringCase: true) { _ in "about" },
        Rule("minutes and hours", #"\b(mins?|hrs?)\b"#, when: .text(["min", "hr"])) { match in
            group(match, 1)!.hasPrefix("m") ? "minutes" : "hours"
        },
        Rule("ampersand", #"\s&\s"#, when: .text(["&"])) { _ in " and " },
    ]

    /// "sam.jones@example.org.uk" → "sam dot jones at example dot org dot uk".
    private static func spokenAddress(_ address: Substring) -> String {
        var words = address.replacingOccurrences(of: "@", with: " at ")
            .replacingOccurrences(of: ".", with: " dot ")
            .replacingOccurrences(of: "/", with: " slash ")
            .replacingOccurrences(of: "-", with: " dash ")
            .replacingOccurrences(of: "_", with: " underscore ")
        if words.hasPrefix("www dot ") { words = "w w w dot " + words.dropFirst("www dot ".count) }
        return words.split(separator: " ").joined(separator: " ")
    }

    /// Digit by digit in the author's groups, with a short pause (a comma) between groups; a number
    /// written with no spaces is grouped the usual way (area code, then threes and fours).
    private static func phoneNumber(_ written: Substring) -> String {
        var text = String(written)
        var lead = ""
        if text.hasPrefix("+44") {
            lead = "plus four four, "
            text = String(text.dropFirst(3)).replacingOccurrences(of: "(0)", with: "")
        }
        var groups = text.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        if groups.count == 1 { groups = usualGroups(groups[0]) }
        // A long group (a mobile's "900123") is read in threes.
        groups = groups.flatMap { group -> [String] in
            guard group.count > 5 else { return [group] }
            return stride(from: 0, to: group.count, by: 3).map {
                String(group.dropFirst($0).prefix(3))
            }
        }
        return lead + groups.map { NumberWords.digits($0) }.joined(separator: ", ")
    }

    /// "02079460000" → 020 7946 0000; "01632960418" → 01632 960 418; other numbers 5 + the rest.
    private static func usualGroups(_ digits: String) -> [String] {
        func split(_ sizes: [Int]) -> [String] {
            var rest = Substring(digits)
            var groups: [String] = []
            for size in sizes where !rest.isEmpty {
                groups.append(String(rest.prefix(size)))
                rest = rest.dropFirst(size)
            }
            if !rest.isEmpty { groups.append(String(rest)) }
            return groups
        }
        if digits.hasPrefix("02") { return split([3, 4, 4]) }
        if digits.hasPrefix("011") || digits.dropFirst(2).first == "1" && digits.hasPrefix("01") { return split([4, 3, 4]) }
        if digits.count == 10 { return split([5, 5]) }
        return split([5, 3, 3])
    }

    private static func money(pounds: Substring, pence: Substring?, scale: Substring?) -> String {
        let poundsValue = Int(pounds.filter(\.isNumber)) ?? 0
        if let scale {
            let name = scale.hasPrefix("b") ? "billion" : scale.hasPrefix("k") ? "thousand" : "million"
            let amount = pence.map { NumberWords.spoken("\(poundsValue).\($0)") } ?? NumberWords.spoken(String(poundsValue))
            return "\(amount) \(name) pounds"
        }
        let penceValue = pence.map { $0.count == 1 ? (Int($0) ?? 0) * 10 : Int($0) ?? 0 } ?? 0
        let poundWords = NumberWords.cardinal(poundsValue).map { $0 + (poundsValue == 1 ? " pound" : " pounds") }
            ?? NumberWords.digits(pounds) + " pounds"
        if penceValue == 0 { return poundWords }
        let penceWords = NumberWords.cardinal(penceValue)!
        if poundsValue == 0 { return penceWords + (penceValue == 1 ? " penny" : " pence") }
        return "\(poundWords) \(penceWords)"
    }

    /// "two thirty", "nine oh five", "ten o'clock" is said as "ten" before "a m" or "p m".
    private static func clock(hour: Int, minute: Int) -> String {
        let hourWords = NumberWords.cardinal(hour) ?? ""
        if minute == 0 { return hourWords }
        if minute < 10 { return "\(hourWords) oh \(NumberWords.cardinal(minute)!)" }
        return "\(hourWords) \(NumberWords.cardinal(minute)!)"
    }
}
