/// Syllables of a number as a reader says it aloud, so "2024" counts like "twenty twenty-four".
///
/// Deliberate choices, documented in Readability.docc/Counting.md: whole numbers are said the British
/// way ("one hundred and five"); four-digit numbers from 1100 to 1999 and 2010 to 2099 are read as
/// years; a number with two decimals after one or two digits is said like a time or price ("10.30" is
/// "ten thirty"); other decimals say "point" and each digit; money says the currency and the pence ("£4.50" is
/// "four pounds fifty"); times and dates say each part.
public enum NumberSyllables {
    // zero … nineteen
    private static let small = [2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 3, 1, 2, 2, 2, 2, 3, 2, 2]
    // twenty, thirty … ninety, by tens digit
    private static let tens = [0, 0, 2, 2, 2, 2, 2, 3, 2, 2]
    private static let hundred = 2, thousand = 2, million = 2, and = 1, point = 1, oh = 1

    /// A whole number, said in full ("three thousand, two hundred and six").
    public static func whole(_ value: Int) -> Int {
        if value < 0 { return 2 + whole(-value) }  // "minus"
        if value < 20 { return small[value] }
        if value < 100 { return tens[value / 10] + (value % 10 == 0 ? 0 : small[value % 10]) }
        if value < 1000 {
            let rest = value % 100
            return small[value / 100] + hundred + (rest == 0 ? 0 : and + whole(rest))
        }
        if value < 1_000_000 {
            let rest = value % 1000
            return whole(value / 1000) + thousand + (rest == 0 ? 0 : (rest < 100 ? and : 0) + whole(rest))
        }
        if value < 1_000_000_000 {
            let rest = value % 1_000_000
            return whole(value / 1_000_000) + million + (rest == 0 ? 0 : whole(rest))
        }
        return whole(value / 1_000_000_000) + 2 + whole(value % 1_000_000_000)  // "billion"
    }

    /// A run of digits as written: a year when it looks like one, digit by digit when very long.
    public static func digits(_ text: some Collection<UInt8>, allowYear: Bool = true) -> Int {
        if text.count > 9 { return text.reduce(0) { $0 + small[Int($1 - 48)] } }
        let value = text.reduce(0) { $0 * 10 + Int($1 - 48) }
        if text.count > 1 && text.first == 48 { return text.reduce(0) { $0 + small[Int($1 - 48)] } }
        if allowYear && text.count == 4 && ((1100...1999).contains(value) || (2010...2099).contains(value)) {
            let first = value / 100, last = value % 100
            if last == 0 { return whole(first) + hundred }
            if last < 10 { return whole(first) + oh + small[last] }
            return whole(first) + whole(last)
        }
        return whole(value)
    }

    /// A number token such as `£4.50`, `1,200`, `10:30`, `23/11/2026`, `3rd`, `45%`.
    package static func count(_ token: UnsafeBufferPointer<UInt8>) -> Int {
        var syllables = 0
        var currency = 0
        var index = 0
        // £ is C2 A3, € is E2 82 AC, $ is 24.
        if token.count >= 2 && token[0] == 0xC2 && token[1] == 0xA3 { currency = 1; index = 2 }
        else if token.count >= 3 && token[0] == 0xE2 && token[1] == 0x82 && token[2] == 0xAC { currency = 2; index = 3 }
        else if token.first == 0x24 { currency = 2; index = 1 }
        var groups: [ArraySlice<UInt8>] = []
        var separators: [UInt8] = []
        var current: [UInt8] = []
        var trailing: [UInt8] = []
        var hasThousands = false
        while index < token.count {
            let byte = token[index]
            if byte >= 48 && byte <= 57 {
                if !trailing.isEmpty { break }
                current.append(byte)
            } else if byte == 44 && !current.isEmpty {  // thousands separator: 1,200 is never a year
                hasThousands = true
                index += 1
                continue
            } else if (byte == 46 || byte == 58 || byte == 47) && !current.isEmpty {
                groups.append(current[...])
                separators.append(byte)
                current = []
            } else {
                trailing.append(byte)
            }
            index += 1
        }
        if !current.isEmpty { groups.append(current[...]) }
        guard let first = groups.first else { return 1 }
        if groups.count == 2 && separators[0] == 46 && currency > 0 && groups[1].count <= 2 {
            // Pence are one or two digits; "£4.5555" is read as a decimal below, like any other.
            syllables = digits(first, allowYear: false) + currency
            let pence = groups[1].reduce(0) { $0 * 10 + Int($1 - 48) }
            if pence > 0 { syllables += whole(pence) }
        } else if groups.count == 2 && separators[0] == 46 && groups[1].count == 2 && first.count <= 2 {
            // "10.30", "2.50": said as a time or a price, "ten thirty", "two fifty"; "10.05" as "ten oh five".
            let fraction = groups[1].reduce(0) { $0 * 10 + Int($1 - 48) }
            let said = fraction == 0 ? 0 : fraction < 10 ? oh + small[fraction] : whole(fraction)
            syllables = digits(first, allowYear: false) + said
        } else if groups.count == 2 && separators[0] == 46 {
            syllables = digits(first, allowYear: false) + point + groups[1].reduce(0) { $0 + small[Int($1 - 48)] } + currency
        } else {
            syllables = groups.reduce(0) { $0 + digits($1, allowYear: !hasThousands && (groups.count == 1 || $1.count == 4)) } + currency
        }
        if trailing.first == 37 { syllables += 2 }  // "per cent"
        return syllables
    }
}
